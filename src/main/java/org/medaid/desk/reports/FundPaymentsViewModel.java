package org.medaid.desk.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.PeriodReport;
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
 * each person for bills claimed afterwards (零星报销), reconciled with the settlements, and beside them what was owed
 * back and returned in the period after upheld objections and the net (ADR 0093); XLSX and PDF.
 */
public final class FundPaymentsViewModel {

    private final Texts text;
    private final ReportExports exports;
    private final PeriodReport<FundPayments.Lists> report;

    public FundPaymentsViewModel(Supplier<FundPayments> service, TaskExecutor executor, Texts text, Supplier<String> office,
            Supplier<LocalDate> today) {
        this.text = text;
        this.exports = new ReportExports(new ExportText(text.locale()));
        LocalDate t = today.get();
        this.report = new PeriodReport<>(new ReportState(executor, text, office, today), "fund payments",
                ReportPeriod.month(t.getYear(), t.getMonthValue()), p -> service.get().compute(p), FundPayments.Lists::period,
                l -> text.format("fund.summary", MoneyText.format(l.hospitalsTotal()), MoneyText.format(l.personsTotal()),
                        MoneyText.format(l.fundTotal())) + text.format("fund.summary.back", MoneyText.format(l.paidOnApplication()), MoneyText.format(l.owedBack()),
                        MoneyText.format(l.recovered()), MoneyText.format(l.net())));
    }

    public DataTable hospitals() {
        FundPayments.Lists l = report.resultProperty().get();
        return l == null ? null : exports.hospitals(l, report.state().office(), report.state().today());
    }

    public DataTable persons() {
        FundPayments.Lists l = report.resultProperty().get();
        return l == null ? null : exports.persons(l, report.state().office(), report.state().today());
    }

    /** Paid, owed back, returned and net by channel (ADR 0093). */
    public DataTable reconcile() {
        FundPayments.Lists l = report.resultProperty().get();
        return l == null ? null : exports.fundSummary(l, report.state().office(), report.state().today());
    }

    /** Every amount owed back and return of the period, voided returns listed and not counted (ADR 0093). */
    public DataTable moneyBack() {
        FundPayments.Lists l = report.resultProperty().get();
        return l == null ? null : exports.moneyBack(l.moneyBack(), l.period(), report.state().office(), report.state().today());
    }

    public String title() {
        return text.get("fund.title");
    }

    public String fileName(ReportFiles.Format f) {
        return report.fileName(title(), f);
    }

    public void export(ReportFiles.Format format, Path file) {
        ReportState state = report.state();
        state.export(format, file, title(), report.resultProperty().get(), l -> List.of(exports.hospitals(l, state.office(),
                state.today()), exports.persons(l, state.office(), state.today()), exports.fundSummary(l, state.office(), state.today()),
                exports.moneyBack(l.moneyBack(), l.period(), state.office(), state.today())));
    }

    /** The period, the lists read for it, the status. */
    public PeriodReport<FundPayments.Lists> report() {
        return report;
    }
}
