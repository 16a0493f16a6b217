package org.medaid.desk.common;

import java.util.function.ToIntFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A report of an insurance year that the clerk also records into (ADR 0082): its {@link ReportState}, the year
 * chosen (this year at first), what was read last, and the file name by the year read (or chosen, before a read).
 * 参保台账 and 资助参保报送 hold one; their views bind the year with {@link ReportControls#year}.
 */
public final class YearReport<L> {

    private final ReportState state;
    private final ToIntFunction<L> yearOf;
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObjectProperty<L> loaded = new SimpleObjectProperty<>();

    /** {@code yearOf} tells the year of what was read. */
    public YearReport(ReportState state, ToIntFunction<L> yearOf) {
        this.state = state;
        this.yearOf = yearOf;
        year.set(state.today().getYear());
    }

    /** The file name offered for {@code title}: the year read, or the year chosen before any read. */
    public String fileName(String title, ReportFiles.Format format) {
        L l = loaded.get();
        return ReportState.fileName(title, l == null ? year.get() : yearOf.applyAsInt(l), format);
    }

    public ReportState state() {
        return state;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    /** What was read last; null before the first read (the export button waits for it). */
    public ObjectProperty<L> loadedProperty() {
        return loaded;
    }
}
