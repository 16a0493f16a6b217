package org.medaid.desk.reports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.ReportExport;
import org.medaid.desk.common.ReportFiles;
import org.medaid.desk.common.Texts;
import org.medaid.export.ExportText;
import org.medaid.export.RecoveryExports;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.session.Session;
import org.medaid.workflow.ApplicationQueries;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.CaseNumber;
import org.medaid.workflow.Objection;
import org.medaid.workflow.Objections;
import org.medaid.workflow.RecoveryAccount;
import org.medaid.workflow.Stage;
import org.medaid.workflow.WorkflowException;

/**
 * 公示异议: the cases under a notice before approval, each with its objections; the township records an
 * objection (who, when, what), which holds the case; the county decides it with the check made (upheld: the
 * case ends as 不予救助; dismissed: approval may go on). Paid cases on the village notice take objections too;
 * upheld, the amount to recover (应退回, blank = the amount paid) is recorded (ADR 0073), then the money returned
 * against it and the review's closing ({@link RecoveryReturnsViewModel}); approved cases not yet paid take them as
 * well, and an upheld one withdraws the approval (ADR 0077). The recovery list exports to XLSX and PDF. Each act is
 * one transaction of the workflow, audited; a success reads in the success colour, a refusal in the error colour.
 */
public final class ObjectionsViewModel {

    private final Objections objections;
    private final ApplicationQueries queries;
    private final TaskExecutor executor;
    private final Texts text;
    private final Supplier<Session> session;
    private final ObservableList<Objections.Held> cases = FXCollections.observableArrayList();
    private final ObservableList<Objection> ofCase = FXCollections.observableArrayList();
    private final ObjectProperty<Objections.Held> selectedCase = new SimpleObjectProperty<>();
    private final ObjectProperty<Objection> selectedObjection = new SimpleObjectProperty<>();
    final StringProperty raisedBy = new SimpleStringProperty("");
    final StringProperty raisedOn = new SimpleStringProperty("");
    final StringProperty content = new SimpleStringProperty("");
    final ObjectProperty<Objection.Outcome> outcome = new SimpleObjectProperty<>();
    final StringProperty check = new SimpleStringProperty("");
    final StringProperty resolvedOn = new SimpleStringProperty("");
    final StringProperty recover = new SimpleStringProperty("");
    final StringProperty amountReason = new SimpleStringProperty("");
    /** What the amount to recover will be for the chosen paid case, and when its reason is required (ADR 0077). */
    final StringProperty recoveryHint = new SimpleStringProperty("");
    final javafx.beans.property.BooleanProperty reasonRequired = new javafx.beans.property.SimpleBooleanProperty();
    /** The screen's one status (ADR 0078): the sentence, news or refusal, and the busy mark. */
    private final ScreenStatus status = new ScreenStatus();
    private final Map<Long, List<RecoveryAccount>> accounts = new HashMap<>();
    private final RecoveryReturnsViewModel returns;
    private final RecoveryExports exports;
    private final LocalDate today;
    private final Supplier<String> office;

    public ObjectionsViewModel(Objections objections, ApplicationQueries queries, TaskExecutor executor, Texts text,
            Supplier<Session> session, LocalDate today) {
        this(objections, queries, executor, text, session, today, () -> null);
    }

    /** {@code office}: the print settings' 经办机构, printed on the recovery list (null or blank: 未提供). */
    public ObjectionsViewModel(Objections objections, ApplicationQueries queries, TaskExecutor executor, Texts text,
            Supplier<Session> session, LocalDate today, Supplier<String> office) {
        this.office = office;
        this.objections = objections;
        this.queries = queries;
        this.executor = executor;
        this.text = text;
        this.session = session;
        this.today = today;
        this.exports = new RecoveryExports(new ExportText(text.locale()));
        this.returns = new RecoveryReturnsViewModel(objections.returns(), executor, text, session, () -> today, this::say,
                this::load);
        raisedOn.set(Formats.date(today));
        resolvedOn.set(Formats.date(today));
        selectedCase.addListener((o, a, b) -> {
            ofCase.setAll(b == null ? List.of() : b.objections());
            hint(b);
            returns.show(b == null ? List.of() : accounts.getOrDefault(b.application().id(), List.of()));
        });
    }

    private record Loaded(List<Objections.Held> cases, List<RecoveryAccount> accounts) {
    }

    public void load() {
        Long keep = selectedCase.get() == null ? null : selectedCase.get().application().id();
        status.submit(executor, BackgroundTask.of("objections", t -> new Loaded(objections.onNotices(queries), objections.returns().all()))
                .onSuccess(l -> {
                    accounts.clear();
                    for (RecoveryAccount a : l.accounts()) {
                        accounts.computeIfAbsent(a.recovery().applicationId(), k -> new java.util.ArrayList<>()).add(0, a);
                    }
                    cases.setAll(l.cases());
                    if (l.cases().isEmpty()) {
                        say(text.get("objection.noCases"), false);
                    }
                    if (keep != null) {
                        l.cases().stream().filter(h -> h.application().id() == keep).findFirst().ifPresent(h -> {
                            selectedCase.set(h);
                            ofCase.setAll(h.objections());
                            returns.show(accounts.getOrDefault(keep, List.of()));
                        });
                    }
                })
                .onFailure(e -> say(sentence(text, e), true)));
    }

    /** Records the objection against the chosen case. */
    public void record() {
        Objections.Held h = selectedCase.get();
        if (h == null) {
            say(text.get("objection.chooseCase"), true);
            return;
        }
        Optional<LocalDate> on = Formats.parseDate(raisedOn.get());
        if (on.isEmpty()) {
            say(text.get("objection.badDate"), true);
            return;
        }
        String who = raisedBy.get();
        String what = content.get();
        executor.submit(BackgroundTask.of("record objection", t -> objections.record(h.application().id(), who, on.get(), what,
                session.get())).onSuccess(o -> {
                    say(text.format(switch (h.application().stage()) {
                        case APPROVED -> "objection.recordedHeld";
                        case PAID -> "objection.recordedPaid";
                        default -> "objection.recorded";
                    }, h.name()), false);
                    raisedBy.set("");
                    content.set("");
                    load();
                }).onFailure(e -> say(sentence(text, e), true)));
    }

    /** Decides the chosen objection with the check made. */
    public void resolve() {
        Objections.Held h = selectedCase.get();
        Objection o = selectedObjection.get();
        if (h == null || o == null) {
            say(text.get("objection.chooseObjection"), true);
            return;
        }
        Optional<LocalDate> on = Formats.parseDate(resolvedOn.get());
        if (on.isEmpty()) {
            say(text.get("objection.badDate"), true);
            return;
        }
        Objection.Outcome out = outcome.get();
        String c = check.get();
        BigDecimal amount;
        try {
            amount = recover.get() == null || recover.get().isBlank() ? null : new BigDecimal(recover.get().strip());
        } catch (NumberFormatException e) {
            say(text.get("objection.badAmount"), true);
            return;
        }
        String why = amountReason.get();
        String prefix = switch (h.application().stage()) {
            case PAID -> "objection.decidedPaid.";
            case APPROVED -> "objection.decidedApproved.";
            default -> "objection.decided.";
        };
        executor.submit(BackgroundTask.of("decide objection", t -> objections.resolve(o.id(), h.application().version(), out, c,
                amount, why, on.get(), session.get())).onSuccess(r -> {
                    say(text.format(prefix + r.outcome().name(), h.name()), false);
                    check.set("");
                    recover.set("");
                    amountReason.set("");
                    load();
                }).onFailure(e -> say(sentence(text, e), true)));
    }

    /**
     * For a paid case: blank 应退回 means the amount paid on a first upheld objection, but what is left after the earlier
     * recoveries on a later one — an amount other than the amount paid, which needs the reason (V80, ADR 0077).
     */
    private void hint(Objections.Held h) {
        if (h == null || h.application().stage() != Stage.PAID) {
            recoveryHint.set("");
            reasonRequired.set(false);
            return;
        }
        BigDecimal paid = h.application().approvedAmount();
        BigDecimal already = h.due();
        BigDecimal left = paid.subtract(already);
        reasonRequired.set(already.signum() > 0 && left.signum() > 0);
        recoveryHint.set(already.signum() == 0 ? text.format("objection.hint.first", Formats.money(paid))
                : left.signum() > 0 ? text.format("objection.hint.left", Formats.money(already), Formats.money(left),
                        Formats.money(paid))
                : text.format("objection.hint.none", Formats.money(already), Formats.money(paid)));
    }

    /** The refusal's sentence: the workflow's in the desk's language, a duty refusal's own (Chinese). */
    static String sentence(Texts text, Throwable e) {
        return e instanceof WorkflowException w ? w.message(text.locale()) : e.getMessage();
    }

    private void say(String sentence, boolean error) {
        if (error) {
            status.refuse(sentence);
        } else {
            status.say(sentence);
        }
    }

    /** Exports the recovery list (every recovery and every return) to {@code file}; null: the clerk cancelled. */
    public void exportRecoveries(ReportFiles.Format format, Path file) {
        ReportExport.run(executor, text, format, file, exports.title(), office, () -> {
            List<RecoveryAccount> all = objections.returns().all();
            return all.isEmpty() ? List.<org.medaid.table.DataTable>of()
                    : List.of(exports.recoveries(all, office.get(), today), exports.returns(all, office.get(), today));
        }, List.of(), () -> today, m -> say(m, !m.startsWith(text.format("export.saved", "").strip())));
    }

    public String exportFileName(ReportFiles.Format format) {
        return ReportFiles.fileName(exports.title(), Formats.date(today), format);
    }

    public String caseNumber(Objections.Held h) {
        return CaseNumber.of(h.application().id(), h.application().appliedOn());
    }

    public String state(Objections.Held h) {
        long open = h.objections().stream().filter(Objection::open).count();
        if (h.application().stage() == Stage.PAID) {
            List<RecoveryAccount> r = accounts.getOrDefault(h.application().id(), List.of());
            return open > 0 ? text.format("objection.paidOpen", open) : r.isEmpty()
                    ? text.get(h.objections().isEmpty() ? "objection.none" : "objection.allDecided") : recoveryState(r);
        }
        if (h.application().stage() == Stage.APPROVED) {
            return open > 0 ? text.format("objection.approvedOpen", open) : h.objections().isEmpty() ? text.get("objection.none")
                    : text.get("objection.allDecided");
        }
        return open > 0 ? text.format("objection.held", open) : h.objections().isEmpty() ? text.get("objection.none")
                : text.get("objection.allDecided");
    }

    private String recoveryState(List<RecoveryAccount> r) {
        BigDecimal due = r.stream().map(a -> a.recovery().amountDue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal back = r.stream().map(RecoveryAccount::returned).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (r.stream().allMatch(RecoveryAccount::closed)) {
            return text.format(r.stream().allMatch(RecoveryAccount::fullyReturned) ? "objection.recoveryDone"
                    : "objection.recoveryClosed", Formats.money(due), Formats.money(back));
        }
        return text.format("objection.recoveryReturned", Formats.money(due), Formats.money(back));
    }

    /** The notice: its days for a case at 公示, the approval or payout for a case on the village notice. */
    public String notice(Objections.Held h) {
        AssistanceApplication a = h.application();
        return switch (a.stage()) {
            case PAID -> text.format("objection.paid", Formats.date(a.payoutDate()), Formats.money(a.approvedAmount()));
            case APPROVED -> text.format("objection.approved", Formats.date(a.approvedOn()), Formats.money(a.approvedAmount()));
            default -> text.format("objection.noticeDays", Formats.date(a.publicityStart()), Formats.date(a.publicityEnd()));
        };
    }

    public String outcomeText(Objection o) {
        return o.open() ? text.get("objection.open") : text.get("objection.outcome." + o.outcome().name()) + "（" + o.checkMade()
                + "，" + o.resolvedBy() + " " + Formats.date(o.resolvedOn()) + "）";
    }

    public String outcomeName(Objection.Outcome o) {
        return text.get("objection.outcome." + o.name());
    }

    public ObservableList<Objections.Held> cases() {
        return cases;
    }

    public ObservableList<Objection> ofCase() {
        return ofCase;
    }

    public ObjectProperty<Objections.Held> selectedCaseProperty() {
        return selectedCase;
    }

    public ObjectProperty<Objection> selectedObjectionProperty() {
        return selectedObjection;
    }

    public ScreenStatus status() {
        return status;
    }

    public RecoveryReturnsViewModel returns() {
        return returns;
    }

    public Texts text() {
        return text;
    }
}
