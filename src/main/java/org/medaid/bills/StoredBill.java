package org.medaid.bills;

import java.time.Instant;
import java.time.LocalDate;
import org.medaid.model.Bill;

/**
 * A bill as stored: its id, version (optimistic locking), entry sequence {@code seq} (the ledger's
 * tie-break between bills settled on the same day, kept through corrections), who entered it and
 * when, the last correction, and the void. A voided bill stays visible in the ledger but is not computed.
 */
public record StoredBill(
        long id,
        long version,
        long seq,
        BillDraft bill,
        String enteredBy,
        Instant enteredAt,
        String correctedBy,
        Instant correctedAt,
        boolean voided,
        String voidReason,
        String voidedBy,
        Instant voidedAt) {

    public long personId() {
        return bill.personId();
    }

    public LocalDate settlementDate() {
        return bill.settlementDate();
    }

    /** The calculator's bill; its id is this id as text. */
    public Bill toModel() {
        return bill.toModel(modelId(id), seq);
    }

    /** The id the calculator knows a stored bill by (the calculator's bill ids are text). */
    public static String modelId(long billId) {
        return Long.toString(billId);
    }
}
