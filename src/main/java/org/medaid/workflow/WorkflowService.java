package org.medaid.workflow;

import org.medaid.model.WorkingDays;
import java.math.BigDecimal;
import org.medaid.store.Tx;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medaid.bills.BillStore;
import org.medaid.bills.StoredBill;
import org.medaid.ledger.LedgerService;
import org.medaid.model.Money;
import org.medaid.policy.Procedure;
import org.medaid.store.AuditWriter;
import org.medaid.store.Database;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;
import org.medaid.store.StaleRecordException;
import org.medaid.session.Action;
import org.medaid.session.Duties;
import org.medaid.session.Session;
import org.medaid.store.Actors;
import org.medaid.users.AuthService;

/**
 * The assistance application and its approval (医疗救助申请审批; ADR 0021). Each step is
 * one transaction: the session's user is re-read (deactivated users and changed roles count at once), the
 * role and the separation of duties are checked ({@link CaseDuties}, ADR 0034), the rules are checked ({@link WorkflowException}, nothing written), the stage is recorded with who, when
 * and a note, the change is audited, and a stale version is refused.
 */
public final class WorkflowService {

    /**
     * The length of a notice before approval stored before the county set one (V22): 5 working days. The
     * deadlines themselves come from the policy's procedure ({@link Procedures}, ADR 0038).
     */
    public static final int NOTICE_WORKING_DAYS = 5;

    private final Database db;
    private final PersonStore people;
    private final BillStore bills;
    private final AuthService auth;
    private final WorkingDays days;
    private final Snapshot snapshot;
    private final CaseDuties duties;
    private final ApplicationFigures figures;
    private final Grants grants;
    private final AuditWriter audit;
    private final Procedures procedures;
    private final Clock clock;

    /** With the bundled policies' procedures. */
    public WorkflowService(Database db, PersonStore people, BillStore bills, LedgerService ledger, AuthService auth,
            WorkingDays days, Clock clock) {
        this(db, people, bills, ledger, auth, days, Procedures.bundled(), clock);
    }

    public WorkflowService(Database db, PersonStore people, BillStore bills, LedgerService ledger, AuthService auth,
            WorkingDays days, Procedures procedures, Clock clock) {
        this.db = db;
        this.procedures = procedures;
        this.people = people;
        this.bills = bills;
        this.auth = auth;
        this.days = days;
        this.snapshot = new Snapshot(people, ledger);
        this.duties = new CaseDuties(bills);
        this.figures = new ApplicationFigures(db, people, bills, ledger, clock);
        this.grants = new Grants(ledger);
        this.audit = new AuditWriter(clock);
        this.clock = clock;
    }

    /**
     * A bill dated when the ledger says 未参保 is refused (ADR 0050); the refusal cites the clause of the person's own
     * policy that makes basic insurance a condition of assistance, or says it is unconfirmed there (ADR 0092), or the
     * county's decision recorded with its own document; a county that decided it is not required is not refused (ADR 0098).
     */
    private void requireInsured(org.medaid.store.Tx c, PersonRecord person, StoredBill b) throws java.sql.SQLException {
        LocalDate date = b.settlementDate();
        if (org.medaid.insurance.InsuranceLedger.check(c, person.id(), date).refusesAssistance()) {
            org.medaid.insurance.InsuranceCondition condition = org.medaid.insurance.InsuranceCondition.of(c,
                    procedures.policy(person.region(), date));
            if (condition.refuses()) { // unless the county recorded, with its document, that insurance is not required (ADR 0098)
                throw new NotInsuredException(date, condition);
            }
        }
    }

    /**
     * 申请: any active user enters the application; the township's visit and review are due the procedure's
     * working days later (邵医保发〔2021〕32号 三(八): 10, from the acceptance date).
     */
    public AssistanceApplication apply(ApplicationRequest r, Session actor) {
        return db.inTransaction(c -> {
            Actors.require(c, actor, Action.APPLY);
            Session user = actor;
            PersonRecord person = people.byId(r.personId()).filter(p -> !p.voided())
                    .orElseThrow(() -> new WorkflowException(WorkflowProblem.PERSON_UNKNOWN, Long.toString(r.personId())));
            if (r.billIds().isEmpty()) {
                throw new WorkflowException(WorkflowProblem.NO_BILLS);
            }
            List<StoredBill> stored = new ArrayList<>();
            for (long id : new LinkedHashSet<>(r.billIds())) {
                StoredBill b = bills.byId(id).orElseThrow(() -> new WorkflowException(WorkflowProblem.BILL_NOT_OF_PERSON,
                        Long.toString(id)));
                List<String> holders = ApplicationRows.holding(c, id);
                if (!holders.isEmpty()) {
                    // the clerk knows a bill by its date and total and an application by its number, not by row ids
                    throw new WorkflowException(WorkflowProblem.BILL_IN_OTHER_APPLICATION, b.bill().admitted().toString(),
                            org.medaid.model.Money.format(b.bill().total()), holders.get(0));
                }
                stored.add(b);
            }
            for (StoredBill b : stored) {
                requireInsured(c, person, b);
            }
            List<ApplicationBill> snap = snapshot.bills(person.id(), stored);
            LocalDate lastBill = snap.stream().map(ApplicationBill::settlementDate).max(LocalDate::compareTo).orElseThrow();
            LocalDate appliedOn = Guard.date(r.appliedOn(), null, today());
            if (appliedOn.isBefore(lastBill)) {
                throw new WorkflowException(WorkflowProblem.DATE_BEFORE_BILL, appliedOn.toString(), lastBill.toString());
            }
            BigDecimal requested = Guard.amount(r.requestedAmount(), Money.round2(Snapshot.selfPay(snap)));
            BigDecimal income = r.householdIncome() == null ? null : Money.round2(r.householdIncome());
            Instant now = now();
            AssistanceApplication a = new AssistanceApplication(0, 1, person.id(), Stage.APPLIED, Snapshot.grounds(snap),
                    appliedOn, days.after(appliedOn, procedure(person.region(), appliedOn).townshipReview().workingDays()), null, null, null, null, null, null, null, null, null,
                    snapshot.household(person), income, requested, null, account(r.bankAccount(), person.bankAccount()),
                    user.login(), now, snap, List.of());
            long id = ApplicationRows.insert(c, a);
            ApplicationRows.insertStage(c, id, new StageRecord(Stage.APPLIED, user.login(), now, appliedOn, Guard.note(r.note())));
            AssistanceApplication saved = load(c, id);
            audit.write(c, user.login(), "APPLY", ApplicationRows.TABLE, id, null, saved);
            return saved;
        });
    }

    /**
     * 乡镇审核: a reviewer who did not enter the case records the household visit (入户调查: the day, who
     * visited) and passes it on.
     */
    public AssistanceApplication review(long id, long version, LocalDate visitDate, String visitors, String note, Session actor) {
        return step(id, version, actor, "REVIEW", (c, a, user) -> {
            Actors.require(c, user, Action.REVIEW);
            Guard.atStage(a, Stage.APPLIED);
            duties.mayReview(c, user, a);
            LocalDate on = Guard.date(visitDate, a.appliedOn(), today());
            String who = visitors == null || visitors.isBlank() ? null : Guard.text(visitors.strip(), Guard.VISITORS_MAX);
            figures.accept(c, a, user.login());
            return new Step(Stage.TOWNSHIP_REVIEWED, on, ApplicationRows.columns("visit_date", on, "visitors", who));
        }, note);
    }

    /**
     * 审批前公示: only where the county set a notice before approval (procedure.preApprovalNotice, off by
     * default, POLICY-NOTES §8). The notice is posted from {@code start} (moved to the next working day if it
     * is not one) for the county's working days; the last day is computed, weekends and holidays skipped.
     */
    public AssistanceApplication publicise(long id, long version, LocalDate start, String note, Session actor) {
        return step(id, version, actor, "PUBLICISE", (c, a, user) -> {
            Actors.require(c, user, Action.PUBLICISE);
            Guard.atStage(a, Stage.TOWNSHIP_REVIEWED);
            int noticeDays = procedure(c, a).preApprovalNoticeDays();
            if (noticeDays == 0) {
                throw new WorkflowException(WorkflowProblem.NO_PRE_APPROVAL_NOTICE);
            }
            duties.mayReview(c, user, a);
            if (start == null) {
                throw new WorkflowException(WorkflowProblem.DATE_MISSING);
            }
            LocalDate first = days.onOrAfter(start);
            if (first.isBefore(a.visitDate())) {
                throw new WorkflowException(WorkflowProblem.DATE_BEFORE_PREVIOUS_STAGE, first.toString(), a.visitDate().toString());
            }
            LocalDate last = days.periodEnd(first, noticeDays);
            return new Step(Stage.PUBLICISED, first, ApplicationRows.columns("publicity_start", first, "publicity_end", last,
                    "publicity_calendar", days.version(), "publicity_days", noticeDays));
        }, note);
    }

    /**
     * The amount the calculator grants the case now (ADR 0056): what its bills would pay on the by-application track
     * once approved (邵医保发〔2021〕32号 三(八)), with the lines that say how. The approval screen shows it; the approver
     * confirms it or gives another amount with a reason.
     */
    public Grant grant(long id) {
        return db.inTransaction(c -> grants.of(c, ApplicationRows.byId(c, id)
                .orElseThrow(() -> new WorkflowException(WorkflowProblem.APPLICATION_UNKNOWN, Long.toString(id)))));
    }

    /** 县级审批 of the calculator's figure, or of another amount with {@code reason}; see the seven-argument form. */
    public AssistanceApplication approve(long id, long version, BigDecimal amount, LocalDate approvedOn, String note, Session actor) {
        return approve(id, version, amount, null, approvedOn, note, actor);
    }

    /**
     * 县级审批: a county approver who did not enter the case approves once the township has reviewed it
     * (邵医保发〔2021〕32号 三(八)); where the county posts a notice before approval, after that notice. The granted amount is
     * the calculator's {@link Grant} over the case's bills; another amount is refused without {@code reason}, and with
     * one it is recorded beside the computed figure and audited as an override (ADR 0056). Then, in the same
     * transaction, every issued settlement of the person whose figures changed gets a 结算调整 in the queue (ADR 0031,
     * 0038) and {@code Approved.resettled} says how many; the bills themselves are not marked approved, so the burden
     * is paid once: by the granted amount.
     */
    public Approved approve(long id, long version, BigDecimal amount, String reason, LocalDate approvedOn, String note,
            Session actor, Resettlement resettle) {
        return db.inTransaction(c -> {
            AssistanceApplication approved = approveStep(id, version, amount, reason, approvedOn, note, actor);
            figures.acceptApproval(c, approved, actor.login());
            Resettled after = resettle == null ? Resettled.NONE : resettle.after(approved.personId(), actor.login());
            return new Approved(load(c, id), after);
        });
    }

    /** {@link #approve(long, long, BigDecimal, String, LocalDate, String, Session, Resettlement)} without re-settlement. */
    public AssistanceApplication approve(long id, long version, BigDecimal amount, String reason, LocalDate approvedOn,
            String note, Session actor) {
        return approve(id, version, amount, reason, approvedOn, note, actor, null).application();
    }

    /** The approved case and what its re-settlement did. */
    public record Approved(AssistanceApplication application, Resettled resettled) {
    }

    /** How many 结算调整 the approval queued, and which other applications went back to 乡镇审核. */
    public record Resettled(int queued, List<Long> applicationsBack) {
        static final Resettled NONE = new Resettled(0, List.of());

        public Resettled {
            applicationsBack = List.copyOf(applicationsBack);
        }
    }

    /** Re-settles the person's issued settlements inside the approval's transaction (settlement.Reconciler). */
    @FunctionalInterface
    public interface Resettlement {
        Resettled after(long personId, String login);
    }

    private AssistanceApplication approveStep(long id, long version, BigDecimal amount, String reason, LocalDate approvedOn,
            String note, Session actor) {
        boolean[] overridden = {false};
        return step(id, version, actor, () -> overridden[0] ? "APPROVE_OVERRIDE" : "APPROVE", (c, a, user) -> {
            Actors.require(c, user, Action.APPROVE);
            Guard.atStage(a, awaitingApproval(c, a));
            duties.mayApprove(c, user, a);
            figures.requireReviewed(c, a);
            // an open objection raised during the notice holds the case (POLICY-NOTES §8)
            Objections.requireNoneOpen(c, a);
            if (a.stage() == Stage.PUBLICISED && approvedOn != null && !approvedOn.isAfter(a.publicityEnd())) {
                throw new WorkflowException(WorkflowProblem.PUBLICITY_NOT_OVER, approvedOn.toString(), a.publicityEnd().toString());
            }
            LocalDate on = Guard.date(approvedOn, a.stage() == Stage.PUBLICISED ? a.publicityEnd() : a.visitDate(), today());
            Grant computed = grants.of(c, a);
            String why = reason == null || reason.isBlank() ? null : Guard.text(reason.strip(), Guard.NOTE_MAX);
            BigDecimal granted = Guard.amount(amount == null && why == null ? computed.computed() : amount, a.selfPayTotal());
            if (!computed.matches(granted) && why == null) {
                throw new WorkflowException(WorkflowProblem.GRANT_DIFFERS, Money.format(granted), Money.format(computed.computed()));
            }
            overridden[0] = !computed.matches(granted);
            PersonRecord person = people.byId(a.personId()).orElse(null);
            String payee = Payee.validAccount(person == null ? null : person.bankAccount());
            // the bank's name travels with the account fixed at approval
            return new Step(Stage.APPROVED, on, ApplicationRows.columns("approved_on", on, "approved_amount", granted,
                    "computed_amount", computed.computed(), "grant_reason", overridden[0] ? why : null,
                    "bank_account", payee, "bank_name", person.bankName()));
        }, note);
    }

    /**
     * 拨付: the payment, only to the account recorded on the person when the case was approved (ADR 0034);
     * {@code bankAccount}, when given, must be that account. A later change of the person's account has
     * already sent the case back to 乡镇审核 ({@code store.PayeeChange}).
     */
    public AssistanceApplication pay(long id, long version, String bankAccount, LocalDate payoutDate, String note, Session actor) {
        return step(id, version, actor, "PAY", (c, a, user) -> {
            Actors.require(c, user, Action.PAY);
            Guard.atStage(a, Stage.APPROVED);
            duties.mayPay(c, user, a);
            figures.requireReviewed(c, a);
            // no money goes out while an objection to the case is open (ADR 0077)
            Objections.requireNoneOpenForPayout(c, a);
            LocalDate on = Guard.date(payoutDate, a.approvedOn(), today());
            String account = Payee.approvedAccount(bankAccount, a.bankAccount());
            return new Step(Stage.PAID, on, ApplicationRows.columns("payout_date", on, "bank_account", account));
        }, note);
    }

    /** 不予救助: a reviewer who did not enter the case refuses it, with the written reason the applicant is given. */
    public AssistanceApplication reject(long id, long version, String reason, LocalDate rejectedOn, Session actor) {
        return step(id, version, actor, "REJECT", (c, a, user) -> {
            if (!a.stage().mayBeRejected()) {
                throw new WorkflowException(WorkflowProblem.WRONG_STAGE, a.stage().name(), Stage.REJECTED.name());
            }
            if (a.stage() == Stage.PUBLICISED || a.stage() == Stage.TOWNSHIP_REVIEWED && awaitingApproval(c, a) == a.stage()) {
                Actors.require(c, user, Action.REFUSE_AT_APPROVAL);
                duties.mayApprove(c, user, a);
            } else {
                Actors.require(c, user, Action.REFUSE_AT_REVIEW);
                duties.mayReview(c, user, a);
            }
            if (reason == null || reason.isBlank()) {
                throw new WorkflowException(WorkflowProblem.REASON_REQUIRED);
            }
            LocalDate on = Guard.date(rejectedOn, lastDate(a), today());
            return new Step(Stage.REJECTED, on, ApplicationRows.columns("rejected_on", on, "rejected_at_stage", a.stage(),
                    "rejection_reason", Guard.text(reason.strip(), Guard.NOTE_MAX)));
        }, reason);
    }

    /**
     * An objection to an approved, unpaid case (it is on the quarterly village notice, POLICY-NOTES §8) upheld by the
     * county: the approval is withdrawn and the case ends as 不予救助 with the objection and the check as the reason
     * (ADR 0077). Called by {@link Objections#resolve} inside its transaction; the approval's figures stay on the row
     * and in the audit as the record of what was withdrawn.
     */
    AssistanceApplication withdrawApproval(long id, long version, String reason, LocalDate on, Session actor) {
        return step(id, version, actor, "REVOKE_APPROVAL", (c, a, user) -> {
            Actors.require(c, user, Action.REFUSE_AT_APPROVAL);
            Guard.atStage(a, Stage.APPROVED);
            duties.mayApprove(c, user, a);
            LocalDate day = Guard.date(on, a.approvedOn(), today());
            return new Step(Stage.REJECTED, day, ApplicationRows.columns("rejected_on", day, "rejected_at_stage", a.stage(),
                    "rejection_reason", Guard.text(reason.strip(), Guard.NOTE_MAX)));
        }, reason);
    }

    /**
     * 记录公示异议: a township reviewer records an objection raised during the public notice (who raised it,
     * what it says); the case stays at 公示 and the objection joins its history as a note, audited.
     */
    public AssistanceApplication recordObjection(long id, long version, String objection, Session actor) {
        return db.inTransaction(c -> {
            Actors.require(c, actor, Action.RECORD_OBJECTION);
            AssistanceApplication before = ApplicationRows.byId(c, id)
                    .orElseThrow(() -> new WorkflowException(WorkflowProblem.APPLICATION_UNKNOWN, Long.toString(id)));
            if (before.version() != version) {
                throw new StaleRecordException(ApplicationRows.TABLE, id);
            }
            Guard.atStage(before, Stage.PUBLICISED);
            duties.mayReview(c, actor, before);
            if (objection == null || objection.isBlank()) {
                throw new WorkflowException(WorkflowProblem.REASON_REQUIRED);
            }
            String note = Guard.text("异议：" + objection.strip(), Guard.NOTE_MAX);
            ApplicationRows.advance(c, id, version, Stage.PUBLICISED, Stage.PUBLICISED, Map.of());
            ApplicationRows.insertStage(c, id, new StageRecord(Stage.PUBLICISED, actor.login(), now(), today(), note));
            AssistanceApplication after = load(c, id);
            audit.write(c, actor.login(), "OBJECTION", ApplicationRows.TABLE, id, before, after);
            return after;
        });
    }

    public Optional<AssistanceApplication> byId(long id) {
        return db.read(c -> ApplicationRows.byId(c, id));
    }

    public List<AssistanceApplication> forPerson(long personId) {
        return db.read(c -> ApplicationRows.forPerson(c, personId));
    }

    private record Step(Stage to, LocalDate on, Map<String, Object> columns) {
    }

    @FunctionalInterface
    private interface StepRule {
        Step check(Tx c, AssistanceApplication a, Session user) throws SQLException;
    }

    private AssistanceApplication step(long id, long version, Session actor, String action, StepRule rule, String note) {
        return step(id, version, actor, () -> action, rule, note);
    }

    /** A step whose audit action is known once its rule has run (an approval is audited as an override or not). */
    private AssistanceApplication step(long id, long version, Session actor, java.util.function.Supplier<String> action,
            StepRule rule, String note) {
        return db.inTransaction(c -> {
            Session user = Duties.live(actor);
            AssistanceApplication before = ApplicationRows.byId(c, id)
                    .orElseThrow(() -> new WorkflowException(WorkflowProblem.APPLICATION_UNKNOWN, Long.toString(id)));
            if (before.version() != version) {
                throw new StaleRecordException(ApplicationRows.TABLE, id);
            }
            Step s = rule.check(c, before, user);
            String n = Guard.note(note);
            ApplicationRows.advance(c, id, version, before.stage(), s.to(), s.columns());
            ApplicationRows.insertStage(c, id, new StageRecord(s.to(), user.login(), now(), s.on(), n));
            AssistanceApplication after = load(c, id);
            audit.write(c, user.login(), action.get(), ApplicationRows.TABLE, id, before, after);
            return after;
        });
    }

    /** The procedure that holds for the case (ADR 0038): its policy's, with the county's figures. */
    public Procedure procedure(AssistanceApplication a) {
        return procedure(null, a);
    }

    /** The procedure of the case: the policy of the person's region on the day of the application. */
    private Procedure procedure(Tx c, AssistanceApplication a) {
        PersonRecord p = people.byId(a.personId()).orElseThrow();
        return procedure(p.region(), a.appliedOn());
    }

    private Procedure procedure(String region, LocalDate appliedOn) {
        return procedures.of(region, appliedOn);
    }

    /**
     * The stage at which a case waits for the county: 乡镇审核 done, unless the county posts a notice before
     * approval, then 公示. A case already under a notice stays there even if the county has since switched it off.
     */
    private Stage awaitingApproval(Tx c, AssistanceApplication a) {
        if (a.stage() == Stage.PUBLICISED) {
            return Stage.PUBLICISED;
        }
        return procedure(c, a).preApprovalNoticeOn() ? Stage.PUBLICISED : Stage.TOWNSHIP_REVIEWED;
    }

    /** The account the payout list will show; it may still be missing when the application is made. */
    private static String account(String given, String persons) {
        String a = given != null && !given.isBlank() ? given : persons;
        return a == null || a.isBlank() ? null : Guard.text(a.strip(), Guard.BANK_ACCOUNT_MAX);
    }

    private static LocalDate lastDate(AssistanceApplication a) {
        return a.history().isEmpty() ? a.appliedOn() : a.history().get(a.history().size() - 1).on();
    }

    private static AssistanceApplication load(Tx c, long id) throws SQLException {
        return ApplicationRows.byId(c, id).orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
