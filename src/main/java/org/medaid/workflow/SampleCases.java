package org.medaid.workflow;

import java.math.BigDecimal;
import org.medaid.store.Tx;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.medaid.bills.BillStore;
import org.medaid.bills.StoredBill;
import org.medaid.ledger.LedgerService;
import org.medaid.model.Money;
import org.medaid.model.WorkingDays;
import org.medaid.store.AuditWriter;
import org.medaid.store.Database;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;
import org.medaid.store.PersonWriter;

/**
 * The applications of a sample township (ADR 0052), carried to a chosen stage so a clerk can practise each
 * step: every stage is written as {@link WorkflowService} writes it (same rows, dates checked in the same
 * order, notice end from the working-day calendar, the amount the approval screen proposes), authored by
 * {@link PersonWriter#SAMPLE_AUTHOR} like the sample's people and bills, so no desk user is named on them
 * and every user may take a case on. Only the first-run sample load calls it, on an empty store.
 */
public final class SampleCases {

    /** Working days from the application to the household visit, and from the notice's end to approval, payout. */
    static final int VISIT_AFTER = 5;
    static final int APPROVE_AFTER = 2;
    static final int PAY_AFTER = 4;

    private static final Procedures PROCEDURES = Procedures.bundled();

    private final Database db;
    private final PersonStore people;
    private final BillStore bills;
    private final Snapshot snapshot;
    private final Grants grants;
    /** The reason a sample approval gives for an amount the calculator does not compute. */
    static final String SAMPLE_GRANT_REASON = "样例：按申请金额审批（不在依申请救助范围，金额经县级复核确定）";
    private final WorkingDays days;
    private final AuditWriter audit;
    private final Clock clock;

    public SampleCases(Database db, PersonStore people, BillStore bills, LedgerService ledger, WorkingDays days, Clock clock) {
        this.db = db;
        this.people = people;
        this.bills = bills;
        this.snapshot = new Snapshot(people, ledger);
        this.grants = new Grants(ledger);
        this.days = days;
        this.audit = new AuditWriter(clock);
        this.clock = clock;
    }

    /**
     * The stage of a case applied for on {@code appliedOn} reaches: each later step a few working days after the
     * one before ({@value #VISIT_AFTER} to the visit, the 5-day notice, {@value #APPROVE_AFTER} to approval,
     * {@value #PAY_AFTER} to payout). The day each stage is reached, in order; the caller checks none is after today.
     */
    public List<LocalDate> stageDays(LocalDate appliedOn, Stage stage) {
        List<LocalDate> out = new ArrayList<>(List.of(appliedOn));
        if (stage == Stage.APPLIED) {
            return out;
        }
        LocalDate visit = days.after(appliedOn, VISIT_AFTER);
        out.add(visit);
        if (stage == Stage.REJECTED || stage == Stage.TOWNSHIP_REVIEWED) {
            return out;
        }
        LocalDate noticeStart = days.after(visit, 1);
        out.add(noticeStart);
        if (stage == Stage.PUBLICISED) {
            return out;
        }
        LocalDate approved = days.after(days.periodEnd(noticeStart, WorkflowService.NOTICE_WORKING_DAYS), APPROVE_AFTER);
        out.add(approved);
        if (stage == Stage.APPROVED) {
            return out;
        }
        out.add(days.after(approved, PAY_AFTER));
        return out;
    }

    /**
     * Writes the case of {@code personId} on {@code billIds}, applied for on {@code appliedOn} and carried to
     * {@code stage} ({@link Stage#REJECTED}: refused at the township's review with {@code reason}), in one
     * transaction (the caller's when it has one). Refuses a date after today or before a bill.
     */
    public AssistanceApplication add(long personId, List<Long> billIds, LocalDate appliedOn, Stage stage, String reason) {
        List<LocalDate> on = stageDays(appliedOn, stage);
        LocalDate today = LocalDate.now(clock);
        if (on.get(on.size() - 1).isAfter(today)) {
            throw new WorkflowException(WorkflowProblem.DATE_IN_FUTURE, on.get(on.size() - 1).toString());
        }
        String user = PersonWriter.SAMPLE_AUTHOR;
        return db.inTransaction(c -> {
            PersonRecord person = people.byId(personId).orElseThrow(
                    () -> new WorkflowException(WorkflowProblem.PERSON_UNKNOWN, Long.toString(personId)));
            List<StoredBill> stored = new ArrayList<>();
            for (long id : billIds) {
                stored.add(bills.byId(id).filter(b -> b.personId() == personId).orElseThrow(
                        () -> new WorkflowException(WorkflowProblem.BILL_NOT_OF_PERSON, Long.toString(id))));
            }
            List<ApplicationBill> snap = snapshot.bills(personId, stored);
            LocalDate lastBill = snap.stream().map(ApplicationBill::settlementDate).max(LocalDate::compareTo).orElseThrow();
            if (appliedOn.isBefore(lastBill)) {
                throw new WorkflowException(WorkflowProblem.DATE_BEFORE_BILL, appliedOn.toString(), lastBill.toString());
            }
            BigDecimal selfPay = Money.round2(Snapshot.selfPay(snap));
            AssistanceApplication a = new AssistanceApplication(0, 1, personId, Stage.APPLIED, Snapshot.grounds(snap),
                    appliedOn, days.after(appliedOn, PROCEDURES.of(person.region(), appliedOn).townshipReview().workingDays()), null, null, null, null, null, null,
                    null, null, null, snapshot.household(person), null, selfPay, null, person.bankAccount(), user, now(), snap,
                    List.of());
            long id = ApplicationRows.insert(c, a);
            ApplicationRows.insertStage(c, id, new StageRecord(Stage.APPLIED, user, now(), appliedOn, null));
            AssistanceApplication saved = ApplicationRows.byId(c, id).orElseThrow();
            audit.write(c, user, "APPLY", ApplicationRows.TABLE, id, null, saved);
            if (stage == Stage.REJECTED) {
                return step(c, saved, Stage.REJECTED, on.get(1), reason, ApplicationRows.columns("rejected_on", on.get(1),
                        "rejected_at_stage", Stage.APPLIED, "rejection_reason", Guard.text(reason.strip(), Guard.NOTE_MAX)));
            }
            if (on.size() > 1) {
                saved = step(c, saved, Stage.TOWNSHIP_REVIEWED, on.get(1), null,
                        ApplicationRows.columns("visit_date", on.get(1), "visitors", null));
            }
            if (on.size() > 2) {
                saved = step(c, saved, Stage.PUBLICISED, on.get(2), null, ApplicationRows.columns("publicity_start", on.get(2),
                        "publicity_end", days.periodEnd(on.get(2), WorkflowService.NOTICE_WORKING_DAYS),
                        "publicity_calendar", days.version()));
            }
            if (on.size() > 3) {
                // the calculator's amount, as the approver confirms it (ADR 0056); a case it grants nothing (not on the
                // by-application track) gets what was asked, at most the self-pay, with the reason an approver must give
                Grant g = grants.of(c, saved);
                boolean computed = g.computed().signum() > 0;
                saved = step(c, saved, Stage.APPROVED, on.get(3), null, ApplicationRows.columns("approved_on", on.get(3),
                        "approved_amount", computed ? g.computed() : saved.requestedAmount().min(saved.selfPayTotal()),
                        "computed_amount", g.computed(), "grant_reason", computed ? null : SAMPLE_GRANT_REASON,
                        "bank_account", Payee.validAccount(person.bankAccount())));
            }
            if (on.size() > 4) {
                saved = step(c, saved, Stage.PAID, on.get(4), null, ApplicationRows.columns("payout_date", on.get(4),
                        "bank_account", saved.bankAccount()));
            }
            return saved;
        });
    }

    private AssistanceApplication step(Tx c, AssistanceApplication before, Stage to, LocalDate on, String note,
            Map<String, Object> columns) throws SQLException {
        String user = PersonWriter.SAMPLE_AUTHOR;
        ApplicationRows.advance(c, before.id(), before.version(), before.stage(), to, columns);
        ApplicationRows.insertStage(c, before.id(), new StageRecord(to, user, now(), on, note));
        AssistanceApplication after = ApplicationRows.byId(c, before.id()).orElseThrow();
        audit.write(c, user, action(to), ApplicationRows.TABLE, before.id(), before, after);
        return after;
    }

    /** The audit action {@link WorkflowService} writes for the step to {@code to}. */
    private static String action(Stage to) {
        return switch (to) {
            case TOWNSHIP_REVIEWED -> "REVIEW";
            case PUBLICISED -> "PUBLICISE";
            case APPROVED -> "APPROVE";
            case PAID -> "PAY";
            case REJECTED -> "REJECT";
            case APPLIED -> "APPLY";
        };
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
