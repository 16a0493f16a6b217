package org.medaid.intake;

import org.medaid.store.Tx;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.medaid.model.Labels;
import org.medaid.policy.IntakeType;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;
import org.medaid.print.IntakeReceiptData;
import org.medaid.print.RefusalNoticeData;
import org.medaid.session.Action;
import org.medaid.session.Session;
import org.medaid.store.Actors;
import org.medaid.store.AuditWriter;
import org.medaid.store.Database;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;
import org.medaid.store.StaleRecordException;
import org.medaid.workflow.ApplicationQueries;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.CaseNumber;
import org.medaid.workflow.ClosedApplications;
import org.medaid.workflow.Stage;
import org.medaid.workflow.WaitingCase;
import org.medaid.workflow.WorkflowService;

/**
 * Applications received as the documents say (邵医保发〔2021〕32号 三(八)): the documents of the
 * policy's application type (received and missing), the 受理回执 with the acceptance date (the application's date,
 * from which the township's working days run), the urgent mark 「突发性重特大疾病…应特事特办、及时审核」 that puts the case
 * first in every queue, and the 不予救助告知书 with the date the applicant was told 「要书面说明理由，并通知申请人」.
 */
public final class Intake {

    public static final int TEXT_MAX = 200;
    public static final int HOW_MAX = 40;

    private final Database db;
    private final WorkflowService workflow;
    private final PersonStore people;
    private final Supplier<PolicyRegistry> policies;
    private final Clock clock;
    private final AuditWriter audit;

    public Intake(Database db, WorkflowService workflow, PersonStore people, Supplier<PolicyRegistry> policies, Clock clock) {
        this.db = db;
        this.workflow = workflow;
        this.people = people;
        this.policies = policies;
        this.clock = clock;
        this.audit = new AuditWriter(clock);
    }

    /** The policy in force for the applicant on the application's date, if any. */
    public Optional<Policy> policyFor(AssistanceApplication a) {
        PersonRecord p = people.byId(a.personId()).orElseThrow();
        return policies.get().find(p.region(), a.appliedOn());
    }

    /** The application types of that policy with their documents; empty where the document lists none. */
    public List<IntakeType> types(AssistanceApplication a) {
        return policyFor(a).map(p -> p.extras().intake()).orElse(List.of());
    }

    public Optional<IntakeRecord> of(long applicationId) {
        return db.read(c -> IntakeRows.byId(c, applicationId));
    }

    /**
     * The applications the intake screen lists: every open case in the order of the queues (urgent first, ADR 0051),
     * then the refused ones newest first (their notice and the day the applicant was told), each with its intake.
     */
    public List<IntakeCase> cases(ApplicationQueries queries) {
        List<IntakeCase> out = new ArrayList<>();
        for (List<WaitingCase> stage : queries.waiting().values()) {
            for (WaitingCase w : stage) {
                out.add(new IntakeCase(w.applicationId(), CaseNumber.of(w.applicationId(), w.appliedOn()), w.personId(), w.name(),
                        w.village(), w.stage(), w.appliedOn(), w.due(), w.overdue(), of(w.applicationId()).orElse(null)));
            }
        }
        for (ClosedApplications.ClosedCase c : new ClosedApplications(db).at(Stage.REJECTED)) {
            AssistanceApplication a = application(c.id());
            out.add(new IntakeCase(c.id(), a.caseNumber(), c.personId(), c.name(), c.village(), Stage.REJECTED, a.appliedOn(), null,
                    false, of(c.id()).orElse(null)));
        }
        return out;
    }

    /** The applications marked urgent: first in every queue. */
    public Set<Long> urgentIds() {
        return db.read(IntakeRows::urgentIds);
    }

    /**
     * Records the type, the documents received (the rest of the type's list is missing) and the urgent mark; one
     * transaction with an audit row. {@code expectedVersion}: 0 for the first record, else the version shown.
     */
    public IntakeRecord receive(long applicationId, String typeId, Collection<String> received, boolean urgent,
            String urgentReason, long expectedVersion, Session session) {
        AssistanceApplication a = application(applicationId);
        List<IntakeType> types = types(a);
        IntakeType type = types.stream().filter(t -> t.id().equals(typeId)).findFirst().orElse(null);
        if (typeId != null && type == null) {
            throw new IntakeException(IntakeProblem.UNKNOWN_TYPE, typeId);
        }
        Set<String> got = new LinkedHashSet<>(received == null ? List.of() : received);
        List<String> listed = type == null ? List.of() : type.documents();
        for (String d : got) {
            if (!listed.contains(d)) {
                throw new IntakeException(IntakeProblem.UNKNOWN_DOCUMENT, d);
            }
        }
        String reason = text(urgentReason, TEXT_MAX);
        if (urgent && reason == null) {
            throw new IntakeException(IntakeProblem.URGENT_REASON_MISSING);
        }
        List<String> inOrder = listed.stream().filter(got::contains).toList();
        List<String> missing = listed.stream().filter(d -> !got.contains(d)).toList();
        String policyId = policyFor(a).map(Policy::id).orElse(null);
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.APPLY);
            IntakeRecord before = IntakeRows.byId(c, applicationId).orElse(null);
            IntakeRecord next = new IntakeRecord(applicationId, 0, policyId, type == null ? null : type.id(), inOrder, missing,
                    urgent, urgent ? reason : null, before == null ? null : before.toldOn(),
                    before == null ? null : before.toldHow(), user, clock.instant());
            return save(c, before, next, expectedVersion, user);
        });
    }

    /** Records when and how the applicant was told of the refusal (the notice handed or sent). */
    public IntakeRecord told(long applicationId, LocalDate toldOn, String how, long expectedVersion, Session session) {
        AssistanceApplication a = application(applicationId);
        if (a.stage() != Stage.REJECTED) {
            throw new IntakeException(IntakeProblem.NOT_REFUSED, Long.toString(applicationId));
        }
        if (toldOn == null) {
            throw new IntakeException(IntakeProblem.TOLD_DATE_MISSING);
        }
        LocalDate today = LocalDate.now(clock);
        if (toldOn.isBefore(a.rejectedOn()) || toldOn.isAfter(today)) {
            throw new IntakeException(IntakeProblem.TOLD_DATE_OUT_OF_RANGE, toldOn.toString(), a.rejectedOn().toString(),
                    today.toString());
        }
        String way = text(how, HOW_MAX);
        if (way == null) {
            throw new IntakeException(IntakeProblem.TOLD_HOW_MISSING);
        }
        String policyId = policyFor(a).map(Policy::id).orElse(null);
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.APPLY);
            IntakeRecord before = IntakeRows.byId(c, applicationId).orElse(null);
            IntakeRecord next = before == null
                    ? new IntakeRecord(applicationId, 0, policyId, null, List.of(), List.of(), false, null, toldOn, way, user,
                            clock.instant())
                    : new IntakeRecord(applicationId, 0, before.policyId(), before.typeId(), before.received(),
                            before.missing(), before.urgent(), before.urgentReason(), toldOn, way, user, clock.instant());
            return save(c, before, next, expectedVersion, user);
        });
    }

    private IntakeRecord save(Tx c, IntakeRecord before, IntakeRecord next, long expectedVersion, String user)
            throws SQLException {
        long stored = before == null ? 0 : before.version();
        if (stored != expectedVersion || !IntakeRows.save(c, next, stored, user, clock.instant())) {
            throw new StaleRecordException(IntakeRows.TABLE, next.applicationId());
        }
        IntakeRecord saved = IntakeRows.byId(c, next.applicationId()).orElseThrow();
        audit.write(c, user, before == null ? AuditWriter.INSERT : AuditWriter.UPDATE, IntakeRows.TABLE,
                next.applicationId(), before, saved);
        return saved;
    }

    /** The 受理回执 of an application as it stands. */
    public IntakeReceiptData receipt(long applicationId, String office, String clerk) {
        AssistanceApplication a = application(applicationId);
        PersonRecord p = people.byId(a.personId()).orElseThrow();
        IntakeRecord r = of(applicationId).orElse(null);
        IntakeType type = r == null || r.typeId() == null ? null
                : types(a).stream().filter(t -> t.id().equals(r.typeId())).findFirst().orElse(null);
        return new IntakeReceiptData(a.caseNumber(), p.name(), p.idNumber(), p.township(), p.village(),
                type == null ? null : type.label(), type == null ? null : type.source(),
                r == null ? List.of() : r.received(), r == null ? List.of() : r.missing(), a.appliedOn(), a.visitDue(),
                r != null && r.urgent(), r == null ? null : r.urgentReason(), office(office, p), clerk(clerk, a),
                LocalDate.now(clock));
    }

    /** The 不予救助告知书 of a refused application. */
    public RefusalNoticeData refusalNotice(long applicationId, String office) {
        AssistanceApplication a = application(applicationId);
        if (a.stage() != Stage.REJECTED) {
            throw new IntakeException(IntakeProblem.NOT_REFUSED, Long.toString(applicationId));
        }
        PersonRecord p = people.byId(a.personId()).orElseThrow();
        IntakeRecord r = of(applicationId).orElse(null);
        // refused while with the township (申请, 乡镇审核) or at the county's approval (after the notice)
        Stage at = a.rejectedAtStage() == Stage.APPLIED || a.rejectedAtStage() == Stage.TOWNSHIP_REVIEWED
                ? Stage.TOWNSHIP_REVIEWED : Stage.APPROVED;
        String stage = at.label(Labels.locale());
        return new RefusalNoticeData(a.caseNumber(), p.name(), p.idNumber(), p.township(), p.village(), a.appliedOn(), stage,
                a.rejectedOn(), a.rejectionReason(), r == null ? null : r.toldOn(), r == null ? null : r.toldHow(),
                office(office, p), LocalDate.now(clock));
    }

    private AssistanceApplication application(long id) {
        return workflow.byId(id).orElseThrow(() -> new IntakeException(IntakeProblem.APPLICATION_UNKNOWN, Long.toString(id)));
    }

    private static String office(String office, PersonRecord p) {
        return office == null || office.isBlank() ? (p.township() == null ? "" : p.township()) : office;
    }

    private static String clerk(String clerk, AssistanceApplication a) {
        return clerk == null || clerk.isBlank() ? a.enteredBy() : clerk;
    }

    private static String text(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > max) {
            throw new IntakeException(IntakeProblem.TEXT_TOO_LONG, Integer.toString(max));
        }
        return t;
    }
}
