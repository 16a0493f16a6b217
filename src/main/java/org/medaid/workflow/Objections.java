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
import org.medaid.model.Money;
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
 * on. An objection to an approved case on the village notice holds its payment ({@link WorkflowProblem#PAYOUT_HELD});
 * upheld, the approval is withdrawn and the case ends as 不予救助 (ADR 0077). Upheld on a paid case, it records the
 * amount to recover (ADR 0073). Every act is one transaction with its audit row; nothing is deleted.
 */
public final class Objections {

    static final int RAISED_BY_MAX = 100;

    private final Database db;
    private final WorkflowService workflow;
    private final AuditWriter audit;
    private final Clock clock;
    private final Recoveries returns;

    public Objections(Database db, WorkflowService workflow, Clock clock) {
        this.db = db;
        this.workflow = workflow;
        this.audit = new AuditWriter(clock);
        this.clock = clock;
        this.returns = new Recoveries(db, clock);
    }

    /** The money returned against the recoveries the upheld objections opened, and their closing (ADR 0077). */
    public Recoveries returns() {
        return returns;
    }

    /** A case at 公示 with its objections, for the screen. */
    public record Held(AssistanceApplication application, String name, String village, List<Objection> objections,
            List<Recovery> recoveries) {

        public Held(AssistanceApplication application, String name, String village, List<Objection> objections) {
            this(application, name, village, objections, List.of());
        }

        /** The amount to be recovered after upheld objections to the paid case (zero when none). */
        public BigDecimal due() {
            return recoveries.stream().map(Recovery::amountDue).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

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
            if (a.stage() != Stage.PAID && a.stage() != Stage.APPROVED) {
                Guard.atStage(a, Stage.PUBLICISED);
            }
            String who = required(raisedBy, RAISED_BY_MAX);
            String what = required(content, Guard.NOTE_MAX);
            LocalDate on = Guard.date(raisedOn, switch (a.stage()) {
                case PAID -> a.payoutDate();
                case APPROVED -> a.approvedOn();
                default -> a.publicityStart();
            }, today());
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
            long caseId = ObjectionRows.byId(c, objectionId)
                    .orElseThrow(() -> new WorkflowException(WorkflowProblem.OBJECTION_UNKNOWN, Long.toString(objectionId)))
                    .applicationId();
            // one decision per case at a time: the sums of the recoveries already recorded are read, checked and written
            // under the case's row lock, so two approvers upholding two objections at once cannot both pass the check
            // and together ask back more than was paid (R77.4; ConcurrentRecoveriesTest)
            ApplicationRows.lock(c, caseId);
            Objection before = ObjectionRows.byId(c, objectionId).orElseThrow();
            if (!before.open()) {
                throw new WorkflowException(WorkflowProblem.OBJECTION_RESOLVED, Long.toString(objectionId));
            }
            if (outcome == null) {
                throw new WorkflowException(WorkflowProblem.OBJECTION_OUTCOME_MISSING);
            }
            String checked = required(check, Guard.NOTE_MAX);
            LocalDate day = Guard.date(on, before.raisedOn(), today());
            AssistanceApplication a = ApplicationRows.byId(c, before.applicationId()).orElseThrow();
            // the recovery is checked before anything is written: a refusal leaves the objection open, unaudited
            Recovery r = outcome == Objection.Outcome.UPHELD && a.stage() == Stage.PAID
                    ? recovery(before, a, checked, recover, amountReason, day, user, RecoveryRows.of(c, a.id()).stream()
                            .map(Recovery::amountDue).reduce(BigDecimal.ZERO, BigDecimal::add))
                    : null;
            if (!ObjectionRows.resolve(c, objectionId, checked, outcome, day, user, now())) {
                throw new WorkflowException(WorkflowProblem.OBJECTION_RESOLVED, Long.toString(objectionId));
            }
            Objection after = ObjectionRows.byId(c, objectionId).orElseThrow();
            audit.write(c, user, "DECIDE_OBJECTION", ObjectionRows.TABLE, objectionId, before, after);
            if (r != null) {
                long rid = RecoveryRows.insert(c, r, now());
                audit.write(c, user, "RECOVERY", RecoveryRows.TABLE, rid, null, RecoveryRows.byObjection(c, objectionId).orElseThrow());
            } else if (outcome == Objection.Outcome.UPHELD && a.stage() == Stage.APPROVED) {
                // approved, not paid: the approval is withdrawn, no money goes out (ADR 0077)
                workflow.withdrawApproval(before.applicationId(), version, Guard.text("公示异议成立，撤销审批：" + before.content()
                        + "；核查：" + checked, Guard.NOTE_MAX), day, actor);
            } else if (outcome == Objection.Outcome.UPHELD) {
                workflow.reject(before.applicationId(), version, Guard.text("公示异议成立：" + before.content() + "；核查："
                        + checked, Guard.NOTE_MAX), day, actor);
            }
            return after;
        });
    }

    private static Recovery recovery(Objection o, AssistanceApplication a, String checked, BigDecimal recover,
            String amountReason, LocalDate day, String user, BigDecimal dueAlready) {
        BigDecimal paid = a.approvedAmount().setScale(2, RoundingMode.HALF_UP);
        // several upheld objections never ask back more than was paid in all (ADR 0077)
        BigDecimal left = paid.subtract(dueAlready);
        BigDecimal due = recover == null ? left : recover;
        if (due.scale() > 2 || due.signum() <= 0 || due.compareTo(left) > 0) {
            // amounts in the sentence as the screen shows them (Money.format: 2,000.00)
            throw dueAlready.signum() == 0 ? new WorkflowException(WorkflowProblem.RECOVERY_OVER_PAID, Money.format(paid))
                    : new WorkflowException(WorkflowProblem.RECOVERY_OVER_LEFT, Money.format(left), Money.format(dueAlready));
        }
        due = due.setScale(2);
        String why = null;
        if (due.compareTo(paid) != 0) {
            // V80 objection_recovery_reason: an amount other than the amount paid carries the county's reason; on a
            // second upheld objection even the default (what is left) differs, and the sentence says so (ADR 0077)
            if (amountReason == null || amountReason.isBlank()) {
                throw dueAlready.signum() == 0 ? new WorkflowException(WorkflowProblem.RECOVERY_REASON_MISSING)
                        : new WorkflowException(WorkflowProblem.RECOVERY_LEFT_REASON_MISSING,
                                Money.format(dueAlready), Money.format(due), Money.format(paid));
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

    /**
     * The approved or paid cases that have objections (the village notice after approval, ADR 0073, 0077), most recent
     * objection first; an approved case whose approval an upheld objection withdrew is 不予救助 and no longer listed.
     */
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

    /**
     * The cases on a notice now: those at 公示, then the approved and paid cases on the village notice of this quarter
     * and the last one (POLICY-NOTES §8) and any other such case with objections, each with its objections and
     * recoveries.
     */
    public List<Held> onNotices(ApplicationQueries queries) {
        List<Held> out = new ArrayList<>(atNotice(queries));
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Paid p : afterPayment()) {
            seen.add(p.application().id());
            out.add(new Held(p.application(), p.name(), p.village(), p.objections(), p.recoveries()));
        }
        LocalDate today = today();
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        LocalDate last = today.minusMonths(3);
        for (NoticeList list : List.of(queries.noticeList(today.getYear(), quarter),
                queries.noticeList(last.getYear(), (last.getMonthValue() - 1) / 3 + 1))) {
            for (NoticeRow r : list.rows()) {
                AssistanceApplication a = workflow.byId(r.applicationId()).orElseThrow();
                if ((a.stage() == Stage.PAID || a.stage() == Stage.APPROVED) && seen.add(a.id())) {
                    out.add(new Held(a, r.name(), r.village(), List.of(), List.of()));
                }
            }
        }
        return out;
    }

    /** Refuses payment while an objection is open (called by the payout in its transaction). */
    static void requireNoneOpenForPayout(Tx c, AssistanceApplication a) throws SQLException {
        if (ObjectionRows.anyOpen(c, a.id())) {
            throw new WorkflowException(WorkflowProblem.PAYOUT_HELD);
        }
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
