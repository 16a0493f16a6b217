package org.medaid.desk.ledger;

import java.math.BigDecimal;
import org.medaid.bills.StoredBill;
import org.medaid.calc.Tier;
import org.medaid.ledger.BillChange;
import org.medaid.ledger.LedgerRow;
import org.medaid.model.Money;

/**
 * One line of the ledger table: the bill's place in the year ({@code number}, settlement order), its row,
 * and how the last correction or void moved it ({@code change}, null: not moved).
 */
public record LedgerItem(int number, LedgerRow row, BillChange change) {

    public StoredBill bill() {
        return row.bill();
    }

    public long billId() {
        return row.billId();
    }

    public boolean voided() {
        return row.status() == LedgerRow.Status.VOIDED;
    }

    public boolean computed() {
        return row.computed();
    }

    public BigDecimal paid(Tier tier) {
        return computed() ? row.paid(tier) : null;
    }

    /** This tier's total for the year up to and including this bill. */
    public BigDecimal running(Tier tier) {
        return computed() ? row.runningTotals().get(tier) : null;
    }

    /** 医院减免 and 政府兜底 together (2019 only). */
    public BigDecimal other() {
        return computed() ? row.paid(Tier.hospitalReduction).add(row.paid(Tier.fallback)) : null;
    }

    public BigDecimal selfPay() {
        return computed() ? row.result().selfPay() : null;
    }

    public BigDecimal compliant() {
        return computed() ? row.result().compliant() : bill().bill().total() == null ? null
                : Money.round2(bill().bill().total().subtract(nz(bill().bill().outOfCatalog()))
                        .subtract(nz(bill().bill().classBSelfPay())).subtract(nz(bill().bill().overLimit())));
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
