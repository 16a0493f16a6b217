package org.medaid.bills;

import java.util.List;
import java.util.Optional;
import org.medaid.session.Session;

/**
 * Bills of the people on the desk. Every method is one transaction; every write is checked
 * first ({@link BillRejectedException} with codes, nothing written) and audited with the old and new
 * bill (ADR 0018) in the name of the session's user, who must hold the role 经办人 (ADR 0034). Nothing is deleted: a wrong bill is corrected (same id, same place in the ledger) or
 * voided with a reason.
 */
public interface BillStore {

    /** What is wrong with {@code draft} as it stands (empty: Save may be enabled); nothing is computed. */
    List<BillProblem> check(BillDraft draft);

    StoredBill add(BillDraft bill, Session session);

    /** Replaces the bill's fields; {@code StaleRecordException} if {@code version} is not the stored one. */
    StoredBill correct(long billId, long version, BillDraft newBill, Session session);

    /**
     * 邵医保发〔2021〕32号 二(八) (POLICY-NOTES §7.3): the county approved the application this bill is part of; the
     * bill is marked {@code applicationApproved} in the approver's name, in the caller's transaction, audited as
     * an approval (not a correction: nobody re-typed the bill). Unchanged when already marked or voided.
     */
    /** The audit action of {@link #markApplicationApproved}: the approver acted on the case, not on the bill's figures. */
    String CASE_APPROVED = "CASE_APPROVED";

    StoredBill markApplicationApproved(long billId, long applicationId, String approver);

    StoredBill voidBill(long billId, long version, String reason, Session session);

    Optional<StoredBill> byId(long billId);

    /** The person's bills settled in {@code year}, voided ones included, in ledger order. */
    List<StoredBill> forPersonAndYear(long personId, int year);

    /** Every version the bill has had, oldest first, from the audit trail. */
    List<BillRevision> history(long billId);
}
