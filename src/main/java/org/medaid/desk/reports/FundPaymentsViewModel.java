package org.medaid.desk.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.ReportFiles;
import org.medaid.desk.common.ReportState;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.export.ExportText;
import org.medaid.export.ReportExports;
import org.medaid.reports.FundPayments;
import org.medaid.reports.ReportPeriod;
import org.medaid.table.DataTable;

/**
 * 资金清算: for a period, what the assistance fund owes each hospital for one-stop settlements (医院垫付) and
 * each person for bills claimed afterwards (零星报销), reconciled with the settlements; XLSX and PDF.
 */
public final class FundPaymentsViewModel {

    private final Supplier<FundPayments> service;
    private final ReportState state;
    private final Texts text;
    private final ReportExports exports;
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>();
    private final ObjectProperty<FundPayments.Lists> lists = new SimpleObjectProperty<>();

    public FundPaymentsViewModel(Supplier<FundPayments> service, TaskExecutor executor, Texts text, Supplier<String> office,
            Supplier<LocalDate> today) {
        this.service = service;
        this.state = new ReportState(executor, text, office, today);
        this.text = text;
        this.exports = new ReportExports(new ExportText(text.locale()));
        LocalDate t = today.get();
        period.set(ReportPeriod.month(t.getYear(), t.getMonthValue()));
        period.addListener((o, a, b) -> query());
    }

    public void query() {
        ReportPeriod p = period.get();
        state.read("fund payments", t -> service.get().compute(p), l -> {
            if (l.period().equals(period.get())) {
                lists.set(l);
                state.say(text.format("fund.summary", MoneyText.format(l.hospitalsTotal()), MoneyText.format(l.personsTotal()),
                        MoneyText.format(l.fundTotal())));
            }
        }, "stats.failed");
    }

    public DataTable hospitals() {
        return lists.get() == null ? null : exports.hospitals(lists.get(), state.office(), state.today());
    }

    public DataTable persons() {
        return lists.get() == null ? null : exports.persons(lists.get(), state.office(), state.today());
    }

    public String title() {
        return text.get("fund.title");
    }

    public String fileName(ReportFiles.Format f) {
        return ReportState.fileName(title(), period.get(), f);
    }

    public void export(ReportFiles.Format format, Path file) {
        state.export(format, file, title(), lists.get(), l -> List.of(exports.hospitals(l, state.office(), state.today()),
                exports.persons(l, state.office(), state.today()), exports.fundSummary(l, state.office(), state.today())));
    }

    public ObjectProperty<ReportPeriod> periodProperty() {
        return period;
    }

    public ObjectProperty<FundPayments.Lists> listsProperty() {
        return lists;
    }

    public ReportState state() {
        return state;
    }

    public int lastYear() {
        return state.today().getYear();
    }
}
