package org.medaid.desk.insurance;

import java.time.LocalDate;
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
import org.medaid.desk.common.Texts;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.medaid.desk.common.ReportFiles;
import org.medaid.desk.common.ReportState;
import org.medaid.desk.common.YearReport;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.insurance.CoverageDraft;
import org.medaid.insurance.CoverageRecord;
import org.medaid.insurance.InsuranceException;
import org.medaid.insurance.InsuranceLedger;
import org.medaid.insurance.InsuranceStatus;
import org.medaid.insurance.InsuranceTexts;
import org.medaid.insurance.UninsuredReason;
import org.medaid.insurance.UninsuredRow;
import org.medaid.insurance.VillageCoverage;
import org.medaid.session.Session;
import org.medaid.store.StaleRecordException;

/**
 * 参保台账: the 未参保 list (or every protected person) of an insurance year with the days left to 31 December,
 * the rate by village against the policy's target, and the form that records or corrects a person's year.
 */
public final class InsuranceLedgerViewModel {

    private final InsuranceLedger ledger;
    private final YearReport<Loaded> report;
    private final ReportState state;
    private final Texts texts;
    private final Supplier<Session> session;
    private final BooleanProperty onlyUninsured = new SimpleBooleanProperty(true);
    private final ObservableList<UninsuredRow> rows = FXCollections.observableArrayList();
    private final ObservableList<VillageCoverage> villages = FXCollections.observableArrayList();
    private final ObjectProperty<UninsuredRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<InsuranceStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final ObjectProperty<UninsuredReason> reason = new SimpleObjectProperty<>();
    private final StringProperty reasonText = new SimpleStringProperty("");
    private final StringProperty correctionReason = new SimpleStringProperty("");

    public InsuranceLedgerViewModel(InsuranceLedger ledger, TaskExecutor executor, Texts texts, Supplier<Session> session,
            Supplier<String> office) {
        this.ledger = ledger;
        this.report = new YearReport<>(new ReportState(executor, texts, office, ledger::today), Loaded::year);
        this.state = report.state();
        this.texts = texts;
        this.session = session;
        selected.addListener((o, a, b) -> fill(b));
    }

    /** Reads the list and the rates of the year. */
    public void load() {
        int y = report.yearProperty().get();
        boolean only = onlyUninsured.get();
        state.run("insurance ledger", p -> new Loaded(y, only, only ? ledger.uninsured(y) : ledger.protectedPeople(y),
                ledger.coverage(y)), l -> {
                    rows.setAll(l.rows());
                    villages.setAll(l.villages());
                    report.loadedProperty().set(l);
                    state.say(texts.format("insurance.loaded", y, l.rows().size()));
                }, e -> state.refuse(texts.format("insurance.error.failed", e.getMessage())));
    }

    /** What was read last: the year, whether only the uninsured, the people and the villages. */
    public record Loaded(int year, boolean onlyUninsured, List<UninsuredRow> rows, List<VillageCoverage> villages) {
    }

    private void fill(UninsuredRow r) {
        state.refuse(null);
        CoverageRecord e = r == null ? null : r.entry();
        status.set(e == null ? null : e.status());
        since.set(e == null ? null : e.since());
        reason.set(e == null ? null : e.reason());
        reasonText.set(e == null || e.reasonText() == null ? "" : e.reasonText());
        correctionReason.set("");
    }

    /** Records (or corrects, with its reason) the selected person's year; one transaction. */
    public void save() {
        UninsuredRow r = selected.get();
        if (r == null) {
            state.refuse(texts.get("insurance.error.noneSelected"));
            return;
        }
        CoverageDraft d = new CoverageDraft(r.personId(), r.year(), status.get(), since.get(), reason.get(), reasonText.get());
        long version = r.entry() == null ? 0 : r.entry().version();
        String why = correctionReason.get();
        Session user = session.get();
        state.refuse(null);
        state.run("record insurance", p -> ledger.record(d, version, why, user), saved -> {
            state.say(texts.format("insurance.saved", r.name(), r.year(), InsuranceTexts.status(saved.status(), texts.locale())));
            load();
        }, e -> state.refuse(sentence(e)));
    }

    private String sentence(Throwable e) {
        if (e instanceof InsuranceException ie) {
            return InsuranceTexts.problem(ie, texts.locale());
        }
        if (e instanceof StaleRecordException) {
            return texts.get("insurance.error.stale");
        }
        return e.getMessage();
    }

    /** Days from today to 31 December (广西通知 一). */
    public long daysLeft() {
        LocalDate today = ledger.today();
        return java.time.temporal.ChronoUnit.DAYS.between(today, LocalDate.of(today.getYear(), 12, 31));
    }

    public String categories(UninsuredRow r) {
        return r.categories().stream().map(texts::label).collect(Collectors.joining("、"));
    }

    public String status(UninsuredRow r) {
        return r.entry() == null ? texts.get("insurance.unrecorded") : InsuranceTexts.status(r.entry().status(), texts.locale());
    }

    public String reason(UninsuredRow r) {
        return r.entry() == null || r.entry().reason() == null ? ""
                : InsuranceTexts.reason(r.entry().reason(), texts.locale()) + (r.entry().reasonText() == null ? "" : "：" + r.entry().reasonText());
    }

    public String days(UninsuredRow r) {
        return r.entry() != null && r.entry().status().insured() ? ""
                : r.daysLeft() < 0 ? texts.get("insurance.days.over") : texts.format("insurance.days", r.daysLeft());
    }

    public String title() {
        return texts.get("insurance.title");
    }

    public String fileName(ReportFiles.Format f) {
        return report.fileName(title(), f);
    }

    /** The people and the villages' rates as read last, to XLSX (two sheets) or PDF. */
    public void export(ReportFiles.Format format, Path file) {
        state.export(format, file, title(), report.loadedProperty().get(), new InsuranceTables(this, state, texts)::of);
    }

    public ReportState state() {
        return state;
    }

    /** The year chosen and what was read for it. */
    public YearReport<Loaded> report() {
        return report;
    }

    public BooleanProperty onlyUninsuredProperty() {
        return onlyUninsured;
    }

    public ObservableList<UninsuredRow> rows() {
        return rows;
    }

    public ObservableList<VillageCoverage> villages() {
        return villages;
    }

    public ObjectProperty<UninsuredRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<InsuranceStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    public ObjectProperty<UninsuredReason> reasonProperty() {
        return reason;
    }

    public StringProperty reasonTextProperty() {
        return reasonText;
    }

    public StringProperty correctionReasonProperty() {
        return correctionReason;
    }


}
