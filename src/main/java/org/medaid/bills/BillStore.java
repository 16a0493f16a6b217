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
     * An audit action no code writes now: the approval no longer marks its bills (ADR 0038, amendment); the duty
     * checks still pass over such rows so that a mark written by a later version is not read as entering the bill.
     */
    String CASE_APPROVED = "CASE_APPROVED";

    StoredBill voidBill(long billId, long version, String reason, Session session);

    Optional<StoredBill> byId(long billId);

    /** The person's bills settled in {@code year}, voided ones included, in ledger order. */
    List<StoredBill> forPersonAndYear(long personId, int year);

    /** Every version the bill has had, oldest first, from the audit trail. */
    List<BillRevision> history(long billId);
}
