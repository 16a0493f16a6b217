package org.medaid.ledger;

import java.math.BigDecimal;
import java.util.Map;
import org.medaid.bills.StoredBill;
import org.medaid.calc.BillResult;
import org.medaid.calc.Tier;
import org.medaid.model.Money;

/**
 * One bill in the year ledger: the bill, and its computation when it counts. A voided bill is listed
 * (struck through on screen) but not computed; a bill the calculator cannot settle any more (its policy
 * was withdrawn after it was saved) is listed with the reason. {@code draft} marks the bill being typed.
 */
public record LedgerRow(StoredBill bill, Status status, BillResult result, String problem, boolean draft) {

    public enum Status {
        COMPUTED,
        VOIDED,
        NOT_COMPUTED
    }

    public long billId() {
        return bill.id();
    }

    public boolean computed() {
        return status == Status.COMPUTED;
    }

    /** What {@code tier} paid on this bill; 0.00 for a bill that is not computed. */
    public BigDecimal paid(Tier tier) {
        return computed() ? result.paid(tier) : Money.ZERO;
    }

    /** Each tier's total for the year up to and including this bill (the running totals). */
    public Map<Tier, BigDecimal> runningTotals() {
        return computed() ? result.yearToDate() : Map.of();
    }

    /** The person held no category the policy names on the settlement date: computed as an ordinary resident. */
    public boolean ordinary() {
        return computed() && result.flags().stream().anyMatch(f -> f.code().equals(LedgerFlags.ORDINARY));
    }
}
