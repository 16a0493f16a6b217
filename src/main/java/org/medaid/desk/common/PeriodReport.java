package org.medaid.desk.common;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.medaid.reports.ReportPeriod;

/**
 * A report of a chosen period (ADR 0082): the period (choosing another reads again), the result read in the
 * background through the {@link ReportState} — one that comes back for a period no longer chosen is dropped — the
 * first read when the page is first shown, the file name by period and the last year the picker offers. 统计报表 and
 * 资金清算 hold one; their views add the {@link PeriodPicker} with {@link ReportControls#period}.
 */
public final class PeriodReport<T> {

    private final ReportState state;
    private final String name;
    private final Function<ReportPeriod, T> compute;
    private final Function<T, ReportPeriod> periodOf;
    private final Function<T, String> said;
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>();
    private final ObjectProperty<T> result = new SimpleObjectProperty<>();

    /**
     * {@code compute} runs on the worker for a period; {@code periodOf} tells which period a result is of; {@code said}
     * is the news sentence of a result. A failure is said with {@code stats.failed}.
     */
    public PeriodReport(ReportState state, String name, ReportPeriod first, Function<ReportPeriod, T> compute,
            Function<T, ReportPeriod> periodOf, Function<T, String> said) {
        this.state = state;
        this.name = name;
        this.compute = compute;
        this.periodOf = periodOf;
        this.said = said;
        period.set(first);
        period.addListener((o, a, b) -> query());
    }

    /** Reads the period chosen. */
    public void query() {
        ReportPeriod p = period.get();
        state.read(name, t -> compute.apply(p), r -> {
            if (periodOf.apply(r).equals(period.get())) {
                result.set(r);
                state.say(said.apply(r));
            }
        }, "stats.failed");
    }

    /** The page came on screen: the first read runs once (not again while one runs or after one came back). */
    public void shown() {
        if (result.get() == null && !state.busyProperty().get()) {
            query();
        }
    }

    /** The file name offered for {@code title} of the period chosen: 统计报表-2024.xlsx. */
    public String fileName(String title, ReportFiles.Format format) {
        return ReportState.fileName(title, period.get(), format);
    }

    public ObjectProperty<ReportPeriod> periodProperty() {
        return period;
    }

    /** The result of the period chosen; null before the first read (the export buttons wait for it). */
    public ObjectProperty<T> resultProperty() {
        return result;
    }

    public ReportState state() {
        return state;
    }

    /** The last year the period picker offers: this year. */
    public int lastYear() {
        return state.today().getYear();
    }
}
