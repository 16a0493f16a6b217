package org.medaid.desk.approval;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.bills.BillRevision;
import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Session;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.desk.settlement.SettlementDesk;
import org.medaid.workflow.WorkflowService;
import org.medaid.store.StaleRecordException;
import org.medaid.users.User;
import org.medaid.workflow.ApplicationBill;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Stage;
import org.medaid.workflow.WorkflowException;

/**
 * 审批: a queue per stage (申请, 乡镇审核, 公示, 县级审批, 拨付, 不予救助) with its count, the
 * selected case in full, and the stage actions. What is enabled follows the case's stage, the logged-in
 * user's role and whether they entered the case or its bills; a disabled action says why. The workflow
 * checks every rule again when a step is saved. After a step the case is followed into its new stage.
 */
public final class ApprovalViewModel {

    private final DeskServices work;
    private final TaskExecutor executor;
    private final Texts text;
    private final Session session;
    private final ClosedCases closed;
    private final org.medaid.desk.preview.PrintSettings printSettings;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.APPLIED);
    private final ObjectProperty<Map<Stage, Integer>> counts = new SimpleObjectProperty<>(Map.of());
    private final ObservableList<CaseRow> cases = FXCollections.observableArrayList();
    private final ObjectProperty<CaseRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseDetail> detail = new SimpleObjectProperty<>();
    private final Map<Action, BooleanProperty> enabled = new EnumMap<>(Action.class);
    private final Map<Action, StringProperty> whyNot = new EnumMap<>(Action.class);
    private final ScreenStatus status = new ScreenStatus();
    private long generation;
    private Long follow;

    public ApprovalViewModel(DeskServices work, TaskExecutor executor, Texts text, Session session,
            org.medaid.desk.preview.PrintSettings printSettings) {
        this.work = work;
        this.printSettings = printSettings;
        this.executor = executor;
        this.text = text;
        this.session = session;
        this.closed = new ClosedCases(work.database());
        for (Action a : Action.values()) {
            enabled.put(a, new SimpleBooleanProperty());
            whyNot.put(a, new SimpleStringProperty(""));
        }
        stage.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, b) -> load(b));
        detail.addListener((o, a, b) -> availability());
    }

    private record Queue(Map<Stage, Integer> counts, List<CaseRow> rows) {
    }

    /** Reads the counts of every stage and the cases of the stage on show; the case on show stays, else the first. */
    public void refresh() {
        Stage s = stage.get();
        long gen = ++generation;
        status.submit(executor, BackgroundTask.of("queue", t -> queue(s)).onSuccess(q -> {
            if (gen != generation) {
                return;
            }
            counts.set(q.counts());
            CaseRow keep = null;
            Long want = follow != null ? follow : selected.get() == null ? null : selected.get().applicationId();
            follow = null;
            cases.setAll(q.rows());
            for (CaseRow r : q.rows()) {
                if (want != null && r.applicationId() == want) {
                    keep = r;
                }
            }
            if (keep == null && !q.rows().isEmpty()) {
                keep = q.rows().get(0);
            }
            CaseRow before = selected.get();
            selected.set(keep);
            if (keep == null) {
                detail.set(null);
            } else if (keep.equals(before)) {
                // the same row read again raises no change: read the case again all the same
                load(keep);
            }
        }).onFailure(e -> status.refuse(text.format("approval.error.load", e.getMessage()))));
    }

    private Queue queue(Stage s) {
        Map<Stage, Integer> n = new EnumMap<>(Stage.class);
        work.queries().waiting().forEach((st, list) -> n.put(st, list.size()));
        for (Stage st : Stage.values()) {
            if (!st.open()) {
                n.put(st, closed.count(st));
            }
        }
        List<CaseRow> rows = s.open() ? work.queries().waitingAt(s).stream().map(CaseRow::of).toList() : closed.at(s);
        return new Queue(n, rows);
    }

    /** Shows case {@code applicationId} at its stage (after it was made, or from another screen). */
    public void open(long applicationId, Stage at) {
        follow = applicationId;
        if (stage.get() == at) {
            refresh();
        } else {
            stage.set(at);
        }
    }

    private void load(CaseRow row) {
        if (row == null) {
            detail.set(null);
            return;
        }
        String me = session.login();
        executor.submit(BackgroundTask.of("case", t -> read(row.applicationId(), me))
                .onSuccess(d -> {
                    if (selected.get() != null && selected.get().applicationId() == row.applicationId()) {
                        detail.set(d);
                        if (d.application().stage() == Stage.APPLIED && stage.get() != Stage.APPLIED) {
                            // reading it sent the case back to 乡镇审核 (ADR 0031, 0064): the list follows it there
                            open(d.application().id(), Stage.APPLIED);
                        }
                    }
                })
                .onFailure(e -> status.refuse(text.format("approval.error.load", e.getMessage()))));
    }

    private CaseDetail read(long id, String me) {
        // figures that changed since the case was reviewed send it back to 乡镇审核 before it is shown (ADR 0031)
        SettlementDesk settled = SettlementDesk.over(work);
        settled.reconciler().reconcile(work.workflow().byId(id).orElseThrow().personId(), me);
        AssistanceApplication a = work.workflow().byId(id).orElseThrow();
        var person = work.people().byId(a.personId()).orElseThrow();
        Set<String> billUsers = new HashSet<>();
        for (ApplicationBill b : a.bills()) {
            for (BillRevision r : work.bills().history(b.billId())) {
                if (!org.medaid.bills.BillStore.CASE_APPROVED.equals(r.action())) {
                    billUsers.add(r.user());
                }
            }
        }
        Map<String, String> names = new HashMap<>();
        for (User u : work.auth().users()) {
            names.put(u.login(), u.displayName());
        }
        return new CaseDetail(a, person, me.equals(a.enteredBy()) || billUsers.contains(me), names,
                settled.figures().pending(id).orElse(null), work.workflow().procedure(a), grant(a),
                settled.figures().changes(id).stream().map(org.medaid.workflow.FiguresChange::granted)
                        .filter(java.util.Objects::nonNull).reduce((x, y) -> y).orElse(null));
    }

    /** The calculator's amount for a case the county has still to decide (ADR 0056); null otherwise. */
    private org.medaid.workflow.Grant grant(AssistanceApplication a) {
        if (a.stage() != Stage.TOWNSHIP_REVIEWED && a.stage() != Stage.PUBLICISED && a.stage() != Stage.APPLIED) {
            return null;
        }
        try {
            return work.workflow().grant(a.id());
        } catch (RuntimeException notComputed) {
            return null; // the detail still shows; the approval itself says what is wrong
        }
    }

    /** Which actions the logged-in user may take on the case on show, and why not. */
    private void availability() {
        CaseDetail d = detail.get();
        for (Action a : Action.values()) {
            String why = d == null ? "" : reason(a, d);
            enabled.get(a).set(d != null && why == null);
            whyNot.get(a).set(why == null ? "" : why);
        }
    }

    private String reason(Action a, CaseDetail d) {
        Stage at = d.application().stage();
        if (!a.appliesTo(at, d.noticeBeforeApproval())) {
            return "";
        }
        org.medaid.session.Action duty = a.duty(at, d.noticeBeforeApproval());
        if (!session.may(duty)) {
            return text.format("approval.why.role", duty.roles().stream().map(r -> r.label(text.locale()))
                    .collect(java.util.stream.Collectors.joining("、")));
        }
        if (a.reviewersOnly() && d.ownCase()) {
            return text.get("approval.why.own");
        }
        if (a == Action.APPROVE && at == Stage.PUBLICISED && !work.today().isAfter(d.application().publicityEnd())) {
            return text.format("approval.why.publicity", d.application().publicityEnd());
        }
        return null;
    }

    /** The form for {@code action} on the case on show. */
    public StepViewModel form(Action action) {
        StepViewModel f = new StepViewModel(action, detail.get().application(), detail.get().procedure(), work.workingDays(),
                work.today(), text, detail.get().grant());
        if (action == Action.REVIEW) {
            f.visitors.set(session.current().displayName());
        }
        return f;
    }

    /** Saves the step; the case is then shown at its new stage. One transaction; refused whole with the reason. */
    public void act(StepViewModel f) {
        CaseDetail d = detail.get();
        if (d == null || !enabled.get(f.action()).get()) {
            return;
        }
        AssistanceApplication a = d.application();
        org.medaid.session.Session user = session.current();
        status.clearRefusal();
        status.submit(executor, BackgroundTask.of("step", t -> switch (f.action()) {
            case REVIEW -> work.workflow().review(a.id(), a.version(), f.dateValue(), blankToNull(f.visitors.get()),
                    blankToNull(f.note.get()), user);
            case PUBLICISE -> work.workflow().publicise(a.id(), a.version(), f.dateValue(), blankToNull(f.note.get()), user);
            case APPROVE -> approveAndResettle(a, f, user);
            case PAY -> work.workflow().pay(a.id(), a.version(), f.account.get().strip(), f.dateValue(),
                    blankToNull(f.note.get()), user);
            case REJECT -> work.workflow().reject(a.id(), a.version(), f.reason.get().strip(), f.dateValue(), user);
        }).onSuccess(after -> {
            status.say(text.format("approval.done." + f.action().name(), d.person().name(),
                    after.stage().label(text.locale())) + resettled(f.action()));
            open(after.id(), after.stage());
        }).onFailure(e -> {
            status.refuse(e instanceof WorkflowException w ? w.message(text.locale())
                    : e instanceof StaleRecordException ? text.get("approval.error.stale")
                    : text.format("approval.error.step", e.getMessage()));
            if (e instanceof StaleRecordException) {
                refresh();
            }
        }));
    }

    /** The adjustments the last approval queued, said after its message; set on the worker, read on success. */
    private volatile int lastResettled;

    /**
     * 县级审批 of the calculator's figure (or another amount with its reason) and the re-settlement it causes, in one
     * transaction (ADR 0038, 0056): every issued settlement whose figures changed gets a 结算调整 in the queue.
     */
    private AssistanceApplication approveAndResettle(AssistanceApplication a, StepViewModel f, org.medaid.session.Session user) {
        SettlementDesk settled = SettlementDesk.over(work);
        WorkflowService.Approved done = work.workflow().approve(a.id(), a.version(), f.amountValue(),
                blankToNull(f.reason.get()), f.dateValue(), blankToNull(f.note.get()), user, (person, login) -> {
                    var outcome = settled.reconciler().reconcile(person, login);
                    return new WorkflowService.Resettled(outcome.queued().size(), outcome.applicationsBack());
                });
        lastResettled = done.resettled().queued();
        return done.application();
    }

    private String resettled(Action action) {
        if (action != Action.APPROVE) {
            return "";
        }
        return lastResettled == 0 ? text.get("approval.resettled.none") : text.format("approval.resettled.some", lastResettled);
    }

    /** The approval form (医疗救助申请审批表) of the case on show. */
    public org.medaid.desk.preview.PrintJob formJob() {
        CaseDetail d = detail.get();
        return FormJobs.form(work, session, printSettings, d.application().id(),
                text.format("approval.form.title", d.person().name()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ObjectProperty<Map<Stage, Integer>> countsProperty() {
        return counts;
    }

    public ObservableList<CaseRow> cases() {
        return cases;
    }

    public ObjectProperty<CaseRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<CaseDetail> detailProperty() {
        return detail;
    }

    public BooleanProperty enabledProperty(Action a) {
        return enabled.get(a);
    }

    /** Why {@code a} is disabled on the case on show (empty: enabled, or not at this stage). */
    public StringProperty whyNotProperty(Action a) {
        return whyNot.get(a);
    }

    /** The screen's sentence (news above the list, a refusal as a banner) and busy mark. */
    public ScreenStatus status() {
        return status;
    }

    public Session session() {
        return session;
    }

    public DeskServices work() {
        return work;
    }

    public Texts text() {
        return text;
    }
}
