package org.medaid.desk.subsidy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.ReportFiles;
import org.medaid.desk.common.ReportState;
import org.medaid.desk.common.YearReport;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.importer.Encodings;
import org.medaid.insurance.InsuranceException;
import org.medaid.insurance.InsuranceTexts;
import org.medaid.insurance.PremiumSubsidies;
import org.medaid.insurance.SubsidyCsv;
import org.medaid.insurance.SubsidyRecord;
import org.medaid.insurance.SubsidyStatus;
import org.medaid.insurance.SubsidySummary;
import org.medaid.insurance.TaxReturn;
import org.medaid.insurance.TaxReturnException;
import org.medaid.session.DutyException;
import org.medaid.session.Session;
import org.medaid.store.StaleRecordException;

/**
 * 资助参保报送: the year's subsidy rows and where each stands (待报送 → 已报送税务 → 已缴费 / 已退费), the 5-working-day
 * deadline, the file for the tax department, the tax department's return file, refunds and re-payment, the month's
 * insured and refunded list, and the subsidy paid by fund. Each button is one transaction on the executor.
 */
public final class PremiumSubsidyViewModel {

    private final PremiumSubsidies loop;
    private final YearReport<Loaded> report;
    private final ReportState state;
    private final Texts texts;
    private final Supplier<Session> session;
    private final ObjectProperty<SubsidyStatus> filter = new SimpleObjectProperty<>();
    private final ObservableList<SubsidyRecord> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SubsidyRecord> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty refundReason = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");

    public PremiumSubsidyViewModel(PremiumSubsidies loop, TaskExecutor executor, Texts texts, Supplier<Session> session,
            Supplier<String> office) {
        this.loop = loop;
        this.report = new YearReport<>(new ReportState(executor, texts, office, loop::today), Loaded::year);
        this.state = report.state();
        this.texts = texts;
        this.session = session;
        date.set(loop.today());
    }

    /** Reads the year's rows (with the filter) and the summary. */
    public void load() {
        int y = report.yearProperty().get();
        SubsidyStatus only = filter.get();
        state.run("premium subsidies", p -> new Loaded(y, only, loop.rows(y).stream().filter(r -> only == null || r.status() == only)
                .toList(), loop.summary(y)), l -> {
                    rows.setAll(l.rows());
                    summary.set(summaryText(l.summary()));
                    report.loadedProperty().set(l);
                }, e -> state.refuse(sentence(e)));
    }

    /** What was read last: the year, the status chosen (null: all), the rows and the summary. */
    public record Loaded(int year, SubsidyStatus only, List<SubsidyRecord> rows, SubsidySummary summary) {
    }

    public String title() {
        return texts.get("subsidy.title");
    }

    public String fileName(ReportFiles.Format f) {
        return report.fileName(title(), f);
    }

    /** The rows as read last, to XLSX: amounts as numbers, dates as dates, ID numbers as text. */
    public void export(ReportFiles.Format format, Path target) {
        state.export(format, target, title(), report.loadedProperty().get(), l -> List.of(new SubsidyTable(texts, state).of(l, this::statusText)));
    }

    private String summaryText(SubsidySummary s) {
        return texts.format("subsidy.summary", s.pending(), s.sent(), s.late(), s.paid(), s.refunded(),
                MoneyText.format(s.paidAssistanceFund()), MoneyText.format(s.paidCountyBudget()), MoneyText.format(s.paidTotal()));
    }

    /** Puts everyone of the year's subsidy list not yet in the loop on it as 待报送. */
    public void prepare() {
        int y = report.yearProperty().get();
        act("prepare premium subsidies", () -> texts.format("subsidy.prepared", loop.prepare(y, session.get()), Integer.toString(y)));
    }

    /** Writes the 待报送 rows to the file for the tax department and marks them 已报送税务 on the date. */
    public void send() {
        int y = report.yearProperty().get();
        LocalDate on = date.get();
        Path target = path();
        if (target == null) {
            return;
        }
        Session user = session.get();
        act("send premium subsidies", () -> {
            List<SubsidyRecord> pending = loop.rows(y).stream().filter(r -> r.status() == SubsidyStatus.PENDING).toList();
            if (pending.isEmpty()) {
                return texts.get("subsidy.error.nothingToSend");
            }
            SubsidyCsv.write(pending, target, texts.locale());
            try {
                loop.send(pending, on, user);
            } catch (RuntimeException e) {
                Files.deleteIfExists(target);
                throw e;
            }
            return texts.format("subsidy.sent", pending.size(), target.getFileName().toString());
        });
    }

    /** Reads the tax department's return file named in the file field: rows 已缴费, the 参保台账 marked. */
    public void confirm() {
        int y = report.yearProperty().get();
        Path source = path();
        if (source == null) {
            return;
        }
        Session user = session.get();
        act("tax return", () -> {
            byte[] bytes = Files.readAllBytes(source);
            Charset cs = Encodings.detect(bytes);
            List<String> lines = Encodings.decode(bytes, cs).lines().toList();
            TaxReturn r = loop.confirm(y, lines, source.getFileName().toString(), texts.locale(), user);
            return texts.format("subsidy.confirmed", r.paid(), r.alreadyPaid());
        });
    }

    /** 已退费 for the selected row on the date, with the reason. */
    public void refund() {
        SubsidyRecord r = selected.get();
        if (r == null) {
            state.refuse(texts.get("subsidy.error.noneSelected"));
            return;
        }
        LocalDate on = date.get();
        String why = refundReason.get();
        Session user = session.get();
        act("refund premium subsidy", () -> {
            loop.refund(r, on, why, user);
            return texts.format("subsidy.refunded", r.name());
        });
    }

    /** The selected refunded row back to 待报送 (重缴). */
    public void repay() {
        SubsidyRecord r = selected.get();
        if (r == null) {
            state.refuse(texts.get("subsidy.error.noneSelected"));
            return;
        }
        Session user = session.get();
        act("repay premium subsidy", () -> {
            loop.repay(r, user);
            return texts.format("subsidy.repaid", r.name());
        });
    }

    /** Writes the month of the date's insured and refunded people to the file (广西通知 二(二) 每月共享). */
    public void exportMonth() {
        int y = report.yearProperty().get();
        YearMonth month = YearMonth.from(date.get() == null ? loop.today() : date.get());
        Path target = path();
        if (target == null) {
            return;
        }
        act("month list", () -> {
            List<SubsidyRecord> list = loop.month(y, month);
            SubsidyCsv.write(list, target, texts.locale());
            return texts.format("subsidy.monthWritten", month.toString(), list.size(), target.getFileName().toString());
        });
    }

    private interface Act {
        String run() throws Exception;
    }

    private void act(String name, Act work) {
        state.refuse(null);
        state.run(name, p -> work.run(), m -> {
            state.say(m);
            refundReason.set("");
            load();
        }, e -> state.refuse(sentence(e)));
    }

    private Path path() {
        String f = file.get() == null ? "" : file.get().strip();
        if (f.isEmpty()) {
            state.refuse(texts.get("subsidy.error.noFile"));
            return null;
        }
        return Path.of(f);
    }

    private String sentence(Throwable e) {
        if (e instanceof InsuranceException ie) {
            return InsuranceTexts.problem(ie, texts.locale());
        }
        if (e instanceof TaxReturnException te) {
            return texts.format("subsidy.error.return", te.lines().size()) + "\n" + String.join("\n", te.lines().stream().limit(10).toList());
        }
        if (e instanceof StaleRecordException) {
            return texts.get("subsidy.error.stale");
        }
        if (e instanceof DutyException de) {
            return de.message(texts.locale());
        }
        if (e instanceof java.io.IOException) {
            return texts.format("subsidy.error.file", e.getMessage());
        }
        return texts.format("subsidy.error.failed", e.getMessage());
    }

    public String statusText(SubsidyStatus s) {
        return InsuranceTexts.get("subsidy.status." + s.name(), texts.locale());
    }

    public LocalDate today() {
        return loop.today();
    }

    public ReportState state() {
        return state;
    }

    /** The year chosen and what was read for it. */
    public YearReport<Loaded> report() {
        return report;
    }

    public ObjectProperty<SubsidyStatus> filterProperty() {
        return filter;
    }

    public ObservableList<SubsidyRecord> rows() {
        return rows;
    }

    public ObjectProperty<SubsidyRecord> selectedProperty() {
        return selected;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public StringProperty refundReasonProperty() {
        return refundReason;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

}
