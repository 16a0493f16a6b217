package org.medaid.desk.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.ReportExport;
import org.medaid.desk.common.ReportFiles;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
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
    private final TaskExecutor executor;
    private final Texts text;
    private final Supplier<String> office;
    private final Supplier<LocalDate> today;
    private final ReportExports exports;
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>();
    private final ObjectProperty<FundPayments.Lists> lists = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public FundPaymentsViewModel(Supplier<FundPayments> service, TaskExecutor executor, Texts text, Supplier<String> office,
            Supplier<LocalDate> today) {
        this.service = service;
        this.executor = executor;
        this.text = text;
        this.office = office;
        this.today = today;
        this.exports = new ReportExports(new ExportText(text.locale()));
        LocalDate t = today.get();
        period.set(ReportPeriod.month(t.getYear(), t.getMonthValue()));
        period.addListener((o, a, b) -> query());
    }

    public void query() {
        ReportPeriod p = period.get();
        busy.set(true);
        executor.submit(BackgroundTask.of("fund payments", t -> service.get().compute(p))
                .onSuccess(l -> {
                    if (l.period().equals(period.get())) {
                        lists.set(l);
                        message.set(text.format("fund.summary", MoneyText.format(l.hospitalsTotal()), MoneyText.format(l.personsTotal()),
                                MoneyText.format(l.fundTotal())));
                    }
                })
                .onFailure(e -> message.set(text.format("stats.failed", e.getMessage())))
                .onFinally(() -> busy.set(false)));
    }

    public DataTable hospitals() {
        return lists.get() == null ? null : exports.hospitals(lists.get(), office.get(), today.get());
    }

    public DataTable persons() {
        return lists.get() == null ? null : exports.persons(lists.get(), office.get(), today.get());
    }

    public String title() {
        return text.get("fund.title");
    }

    public String fileName(ReportFiles.Format f) {
        return ReportFiles.fileName(title(), String.valueOf(period.get()), f);
    }

    public void export(ReportFiles.Format format, Path file) {
        FundPayments.Lists l = lists.get();
        if (l == null) {
            message.set(text.get("export.nothing"));
            return;
        }
        ReportExport.run(executor, text, format, file, title(), office, () -> List.of(exports.hospitals(l, office.get(), today.get()),
                exports.persons(l, office.get(), today.get()), exports.fundSummary(l, office.get(), today.get())), List.of(), today,
                message::set);
    }

    public ObjectProperty<ReportPeriod> periodProperty() {
        return period;
    }

    public ObjectProperty<FundPayments.Lists> listsProperty() {
        return lists;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public Texts text() {
        return text;
    }

    public int lastYear() {
        return today.get().getYear();
    }
}
