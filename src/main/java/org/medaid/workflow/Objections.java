package org.medaid.workflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.medaid.session.Action;
import org.medaid.session.Session;
import org.medaid.store.Actors;
import org.medaid.store.AuditWriter;
import org.medaid.store.Database;
import org.medaid.store.Tx;

/**
 * 公示异议 (POLICY-NOTES §8; a notice before approval, where the county posts one): a township reviewer records
 * an objection (who raised it, the day, what it says) against a case at 公示; while it is open the case is held —
 * approval is refused ({@link WorkflowProblem#OBJECTION_OPEN}). The county decides it with the check made: upheld,
 * the case ends as 不予救助 with the objection as the reason, in the same transaction; dismissed, approval may go
 * on. Every act is one transaction with its audit row; nothing is deleted.
 */
public final class Objections {

    static final int RAISED_BY_MAX = 100;

    private final Database db;
    private final WorkflowService workflow;
    private final AuditWriter audit;
    private final Clock clock;

    public Objections(Database db, WorkflowService workflow, Clock clock) {
        this.db = db;
        this.workflow = workflow;
        this.audit = new AuditWriter(clock);
        this.clock = clock;
    }

    /** A case at 公示 with its objections, for the screen. */
    public record Held(AssistanceApplication application, String name, String village, List<Objection> objections) {

        public boolean held() {
            return objections.stream().anyMatch(Objection::open);
        }
    }

    /** A paid case with objections to the village notice after payment, and the recoveries the upheld ones opened. */
    public record Paid(AssistanceApplication application, String name, String village, List<Objection> objections,
            List<Recovery> recoveries) {

        public boolean open() {
            return objections.stream().anyMatch(Objection::open);
        }

        /** The amount to be recovered, summed over the recoveries recorded (zero when none). */
        public BigDecimal due() {
            return recoveries.stream().map(Recovery::amountDue).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    /** Records an objection against a case at 公示 (乡镇审核人); refused with {@link WorkflowException}. */
    public Objection record(long applicationId, String raisedBy, LocalDate raisedOn, String content, Session actor) {
        return db.inTransaction(c -> {
            String user = Actors.author(c, actor, Action.RECORD_OBJECTION);
            AssistanceApplication a = ApplicationRows.byId(c, applicationId)
                    .orElseThrow(() -> new WorkflowException(WorkflowProblem.APPLICATION_UNKNOWN, Long.toString(applicationId)));
            if (a.stage() != Stage.PAID) {
                Guard.atStage(a, Stage.PUBLICISED);
            }
            String who = required(raisedBy, RAISED_BY_MAX);
            String what = required(content, Guard.NOTE_MAX);
            LocalDate on = Guard.date(raisedOn, a.stage() == Stage.PAID ? a.payoutDate() : a.publicityStart(), today());
            long id = ObjectionRows.insert(c, applicationId, who, on, what, user, now());
            Objection o = ObjectionRows.byId(c, id).orElseThrow();
            audit.write(c, user, "OBJECTION", ObjectionRows.TABLE, id, null, o);
            return o;
        });
    }

    /**
     * The county decides an open objection with the check made (县级审批人). Upheld before approval: the case
     * ends as 不予救助, its reason the objection and the check. {@code version} is the application's.
     */
    public Objection resolve(long objectionId, long version, Objection.Outcome outcome, String check, LocalDate on,
            Session actor) {
        return resolve(objectionId, version, outcome, check, null, null, on, actor);
    }

    /**
     * As {@link #resolve(long, long, Objection.Outcome, String, LocalDate, Session)}; an objection to a case already
     * paid (the quarterly village notice after payment, POLICY-NOTES §8), upheld, puts the case under review and
     * records the amount to recover ({@link Recovery}, 追回): {@code recover} null means the amount paid; another
     * amount, above zero and at most the amount paid, needs {@code amountReason}. The paid record is not changed.
     */
    public Objection resolve(long objectionId, long version, Objection.Outcome outcome, String check, BigDecimal recover,
            String amountReason, LocalDate on, Session actor) {
        return db.inTransaction(c -> {
            String user = Actors.author(c, actor, Action.REFUSE_AT_APPROVAL);
            Objection before = ObjectionRows.byId(c, objectionId)
                    .orElseThrow(() -> new WorkflowException(WorkflowProblem.OBJECTION_UNKNOWN, Long.toString(objectionId)));
            if (!before.open()) {
                throw new WorkflowException(WorkflowProblem.OBJECTION_RESOLVED, Long.toString(objectionId));
            }
            if (outcome == null) {
                throw new WorkflowException(WorkflowProblem.OBJECTION_OUTCOME_MISSING);
            }
            String checked = required(check, Guard.NOTE_MAX);
            LocalDate day = Guard.date(on, before.raisedOn(), today());
            if (!ObjectionRows.resolve(c, objectionId, checked, outcome, day, user, now())) {
                throw new WorkflowException(WorkflowProblem.OBJECTION_RESOLVED, Long.toString(objectionId));
            }
            Objection after = ObjectionRows.byId(c, objectionId).orElseThrow();
            audit.write(c, user, "DECIDE_OBJECTION", ObjectionRows.TABLE, objectionId, before, after);
            AssistanceApplication a = ApplicationRows.byId(c, before.applicationId()).orElseThrow();
            if (outcome == Objection.Outcome.UPHELD && a.stage() == Stage.PAID) {
                Recovery r = recovery(before, a, checked, recover, amountReason, day, user);
                long rid = RecoveryRows.insert(c, r, now());
                audit.write(c, user, "RECOVERY", RecoveryRows.TABLE, rid, null, RecoveryRows.byObjection(c, objectionId).orElseThrow());
            } else if (outcome == Objection.Outcome.UPHELD) {
                workflow.reject(before.applicationId(), version, Guard.text("公示异议成立：" + before.content() + "；核查："
                        + checked, Guard.NOTE_MAX), day, actor);
            }
            return after;
        });
    }

    private static Recovery recovery(Objection o, AssistanceApplication a, String checked, BigDecimal recover,
            String amountReason, LocalDate day, String user) {
        BigDecimal paid = a.approvedAmount().setScale(2, RoundingMode.HALF_UP);
        BigDecimal due = recover == null ? paid : recover;
        if (due.scale() > 2 || due.signum() <= 0 || due.compareTo(paid) > 0) {
            throw new WorkflowException(WorkflowProblem.RECOVERY_OVER_PAID, paid.toPlainString());
        }
        due = due.setScale(2);
        String why = null;
        if (due.compareTo(paid) != 0) {
            if (amountReason == null || amountReason.isBlank()) {
                throw new WorkflowException(WorkflowProblem.RECOVERY_REASON_MISSING);
            }
            why = Guard.text(amountReason.strip(), Guard.NOTE_MAX);
        }
        String reason = "公示异议成立：" + o.content() + "；核查：" + checked;
        return new Recovery(0, o.id(), a.id(), reason, paid, due, why, day, user);
    }

    /** The recoveries recorded for the application (a paid case under review after an upheld objection). */
    public List<Recovery> recoveries(long applicationId) {
        return db.read(c -> RecoveryRows.of(c, applicationId));
    }

    /** Every objection of the application, oldest first. */
    public List<Objection> of(long applicationId) {
        return db.read(c -> ObjectionRows.of(c, applicationId));
    }

    /** The cases at 公示 now, each with its objections (open ones hold it). */
    public List<Held> atNotice(ApplicationQueries queries) {
        List<Held> out = new ArrayList<>();
        for (WaitingCase w : queries.waitingAt(Stage.PUBLICISED)) {
            AssistanceApplication a = workflow.byId(w.applicationId()).orElseThrow();
            out.add(new Held(a, w.name(), w.village(), of(a.id())));
        }
        return out;
    }

    /** The paid cases that have objections (the village notice after payment), most recent objection first. */
    public List<Paid> afterPayment() {
        return db.read(c -> {
            List<Paid> out = new ArrayList<>();
            for (ObjectionRows.Named n : ObjectionRows.paidWithObjections(c)) {
                AssistanceApplication a = ApplicationRows.byId(c, n.applicationId()).orElseThrow();
                out.add(new Paid(a, n.name(), n.village(), ObjectionRows.of(c, a.id()), RecoveryRows.of(c, a.id())));
            }
            return out;
        });
    }

    /** Refuses approval while an objection is open (called by the approval in its transaction). */
    static void requireNoneOpen(Tx c, AssistanceApplication a) throws SQLException {
        if (ObjectionRows.anyOpen(c, a.id())) {
            throw new WorkflowException(WorkflowProblem.OBJECTION_OPEN);
        }
    }

    private static String required(String s, int max) {
        if (s == null || s.isBlank()) {
            throw new WorkflowException(WorkflowProblem.OBJECTION_DETAILS_MISSING);
        }
        return Guard.text(s.strip(), max);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
