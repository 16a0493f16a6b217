package org.medaid.workflow;

import java.math.BigDecimal;
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
 * 追回 after an upheld objection to a paid case (ADR 0073, 0077): the money actually returned (已追回) is recorded
 * return by return (day, amount, receipt or voucher number) by the payout clerk ({@link Action#RECORD_RETURN});
 * the returns not voided never exceed the amount due; a mistaken return is voided with the reason, never changed.
 * The review closes when the whole amount is back, or earlier when the county approver closes it with the reason
 * ({@link Action#CLOSE_RECOVERY}). Each act is one transaction with its audit row; nothing is deleted.
 */
public final class Recoveries {

    static final int VOUCHER_MAX = 64;

    private final Database db;
    private final AuditWriter audit;
    private final Clock clock;

    public Recoveries(Database db, Clock clock) {
        this.db = db;
        this.audit = new AuditWriter(clock);
        this.clock = clock;
    }

    /** Records money returned against the recovery; refused with a {@link WorkflowException} or a duty refusal. */
    public RecoveryAccount recordReturn(long recoveryId, LocalDate returnedOn, BigDecimal amount, String voucher, Session actor) {
        return db.inTransaction(c -> {
            String user = Actors.author(c, actor, Action.RECORD_RETURN);
            RecoveryAccount before = open(c, recoveryId);
            BigDecimal a = amount(amount);
            if (a.compareTo(before.outstanding()) > 0) {
                throw new WorkflowException(WorkflowProblem.RETURN_OVER_DUE, Money.format(a), Money.format(before.outstanding()));
            }
            if (voucher == null || voucher.isBlank()) {
                throw new WorkflowException(WorkflowProblem.RETURN_VOUCHER_MISSING);
            }
            String v = Guard.text(voucher.strip(), VOUCHER_MAX);
            LocalDate on = Guard.date(returnedOn, before.recovery().recordedOn(), today());
            long id = ReturnRows.insertReturn(c, recoveryId, on, a, v, user, now());
            audit.write(c, user, "RETURN", ReturnRows.RETURNS, id, null, ReturnRows.byId(c, id).orElseThrow());
            return account(c, recoveryId);
        });
    }

    /** Voids a mistaken return with the reason; the row stays, it no longer counts. */
    public RecoveryAccount voidReturn(long returnId, String reason, Session actor) {
        return db.inTransaction(c -> {
            String user = Actors.author(c, actor, Action.RECORD_RETURN);
            RecoveryReturn r = ReturnRows.byId(c, returnId)
                    .orElseThrow(() -> new WorkflowException(WorkflowProblem.RETURN_UNKNOWN, Long.toString(returnId)));
            RecoveryAccount before = account(c, r.recoveryId(), true);
            if (before.closure() != null) {
                throw new WorkflowException(WorkflowProblem.RECOVERY_CLOSED);
            }
            if (r.voided()) {
                throw new WorkflowException(WorkflowProblem.RETURN_VOIDED);
            }
            String why = note(reason);
            ReturnRows.insertVoid(c, returnId, why, user, now());
            audit.write(c, user, "VOID_RETURN", ReturnRows.RETURNS, returnId, r, ReturnRows.byId(c, returnId).orElseThrow());
            return account(c, r.recoveryId());
        });
    }

    /** The county approver closes the review before the whole amount is back, with the reason. */
    public RecoveryAccount close(long recoveryId, String reason, LocalDate closedOn, Session actor) {
        return db.inTransaction(c -> {
            String user = Actors.author(c, actor, Action.CLOSE_RECOVERY);
            RecoveryAccount before = open(c, recoveryId);
            String why = note(reason);
            LocalDate on = Guard.date(closedOn, before.recovery().recordedOn(), today());
            long id = ReturnRows.insertClosure(c, recoveryId, why, on, user, now());
            audit.write(c, user, "CLOSE_RECOVERY", ReturnRows.CLOSURES, id, null, ReturnRows.closure(c, recoveryId).orElseThrow());
            return account(c, recoveryId);
        });
    }

    /** The recoveries of the application with their returns. */
    public List<RecoveryAccount> of(long applicationId) {
        return db.read(c -> {
            List<RecoveryAccount> out = new ArrayList<>();
            for (Recovery r : RecoveryRows.of(c, applicationId)) {
                out.add(account(c, r.id()));
            }
            return out;
        });
    }

    /** Every recovery recorded, the newest first, with its returns: the recovery list. */
    public List<RecoveryAccount> all() {
        return db.read(c -> {
            List<RecoveryAccount> out = new ArrayList<>();
            for (RecoveryRows.Named n : RecoveryRows.all(c)) {
                out.add(account(c, n.recoveryId()));
            }
            return out;
        });
    }

    /**
     * A recovery with its case, for the statistics and the fund's reports (ADR 0093): the applicant and the
     * case's bills in the order of their settlement dates (the first settled one gives the recovery its groups).
     */
    public record Traced(RecoveryAccount account, long personId, List<Long> billIds) {

        public Traced {
            billIds = List.copyOf(billIds);
        }
    }

    /**
     * The recoveries recorded from {@code first} to {@code last}, or with a return dated then (voided ones too:
     * the reports list them as not counted), each with every return it has; by recovery id (ADR 0093).
     */
    public List<Traced> between(LocalDate first, LocalDate last) {
        return db.read(c -> each(RecoveryRows.idsBetween(c, first, last), id -> {
            RecoveryAccount a = account(c, id);
            AssistanceApplication app = ApplicationRows.byId(c, a.recovery().applicationId()).orElseThrow();
            return new Traced(a, app.personId(), billIds(app));
        }));
    }

    /** A case paid on application (拨付): what a recovery can ask back, for the reports beside the settlements. */
    public record Paid(long applicationId, String caseNumber, long personId, LocalDate paidOn, BigDecimal amount, List<Long> billIds) {

        public Paid {
            billIds = List.copyOf(billIds);
        }
    }

    /**
     * The cases paid from {@code first} to {@code last} (payout date) with the approved amount paid, by payout date
     * and id: the money paid on application beside the settlements' (ADR 0056: what approval adds to them; ADR 0093).
     */
    public List<Paid> paidBetween(LocalDate first, LocalDate last) {
        return db.read(c -> each(RecoveryRows.paidBetween(c, first, last), id -> {
            AssistanceApplication app = ApplicationRows.byId(c, id).orElseThrow();
            return new Paid(app.id(), CaseNumber.of(app.id(), app.appliedOn()), app.personId(), app.payoutDate(),
                    app.approvedAmount(), billIds(app));
        }));
    }

    /** A read of one row per id, in the transaction of the caller. */
    private interface RowRead<T> {
        T read(long id) throws SQLException;
    }

    private static <T> List<T> each(List<Long> ids, RowRead<T> read) throws SQLException {
        List<T> out = new ArrayList<>();
        for (long id : ids) {
            out.add(read.read(id));
        }
        return out;
    }

    private static List<Long> billIds(AssistanceApplication app) {
        return app.bills().stream().sorted(java.util.Comparator.comparing(ApplicationBill::settlementDate)
                .thenComparing(ApplicationBill::billId)).map(ApplicationBill::billId).toList();
    }

    private static RecoveryAccount open(Tx c, long recoveryId) throws SQLException {
        RecoveryAccount a = account(c, recoveryId, true);
        if (a.closed()) {
            throw new WorkflowException(WorkflowProblem.RECOVERY_CLOSED);
        }
        return a;
    }

    private static RecoveryAccount account(Tx c, long recoveryId) throws SQLException {
        return account(c, recoveryId, false);
    }

    private static RecoveryAccount account(Tx c, long recoveryId, boolean lock) throws SQLException {
        Recovery r = (lock ? RecoveryRows.locked(c, recoveryId) : RecoveryRows.byId(c, recoveryId))
                .orElseThrow(() -> new WorkflowException(WorkflowProblem.RECOVERY_UNKNOWN, Long.toString(recoveryId)));
        AssistanceApplication a = ApplicationRows.byId(c, r.applicationId()).orElseThrow();
        RecoveryRows.Named n = RecoveryRows.named(c, recoveryId);
        return new RecoveryAccount(r, n.name(), n.village(), CaseNumber.of(a.id(), a.appliedOn()), ReturnRows.of(c, recoveryId),
                ReturnRows.closure(c, recoveryId).orElse(null));
    }

    private static BigDecimal amount(BigDecimal value) {
        if (value == null) {
            throw new WorkflowException(WorkflowProblem.AMOUNT_MISSING);
        }
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2) {
            throw new WorkflowException(WorkflowProblem.AMOUNT_INVALID, value.toPlainString());
        }
        return value.setScale(2);
    }

    private static String note(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException(WorkflowProblem.RECOVERY_NOTE_MISSING);
        }
        return Guard.text(reason.strip(), Guard.NOTE_MAX);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
