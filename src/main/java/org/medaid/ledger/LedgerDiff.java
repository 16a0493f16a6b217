package org.medaid.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medaid.calc.Tier;
import org.medaid.model.Money;

/**
 * What a correction, a void or a new bill changes in a year ("recomputes the later ones and
 * shows what changed"): every bill whose computation moved, in the ledger order of the year after, and
 * each tier's total for the year before and after.
 */
public record LedgerDiff(List<BillChange> changes, Map<Tier, BigDecimal> totalsBefore, Map<Tier, BigDecimal> totalsAfter) {

    public LedgerDiff {
        changes = List.copyOf(changes);
        totalsBefore = Map.copyOf(totalsBefore);
        totalsAfter = Map.copyOf(totalsAfter);
    }

    /** Compares two views of the same person and year, bill by bill (by id). */
    public static LedgerDiff of(YearLedgerView before, YearLedgerView after) {
        List<BillChange> changes = new ArrayList<>();
        for (LedgerRow now : after.rows()) {
            Optional<LedgerRow> then = before.row(now.billId());
            boolean was = then.map(LedgerRow::computed).orElse(false);
            if (now.computed() && was) {
                if (!same(then.get(), now)) {
                    changes.add(change(now.billId(), BillChange.Kind.CHANGED, then.get(), now));
                }
            } else if (now.computed()) {
                changes.add(change(now.billId(), BillChange.Kind.ADDED, null, now));
            } else if (was) {
                changes.add(change(now.billId(), BillChange.Kind.REMOVED, then.get(), null));
            }
        }
        for (LedgerRow then : before.rows()) {
            if (then.computed() && after.row(then.billId()).isEmpty()) {
                changes.add(change(then.billId(), BillChange.Kind.REMOVED, then, null));
            }
        }
        return new LedgerDiff(changes, before.totals(), after.totals());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public Optional<BillChange> change(long billId) {
        return changes.stream().filter(c -> c.billId() == billId).findFirst();
    }

    /** The year's total for {@code tier} after minus before. */
    public BigDecimal totalDelta(Tier tier) {
        return totalsAfter.get(tier).subtract(totalsBefore.get(tier));
    }

    private static boolean same(LedgerRow a, LedgerRow b) {
        for (Tier t : Tier.values()) {
            if (a.paid(t).compareTo(b.paid(t)) != 0) {
                return false;
            }
        }
        return a.result().selfPay().compareTo(b.result().selfPay()) == 0;
    }

    private static BillChange change(long billId, BillChange.Kind kind, LedgerRow before, LedgerRow after) {
        return new BillChange(billId, kind, payments(before), payments(after), selfPay(before), selfPay(after));
    }

    private static Map<Tier, BigDecimal> payments(LedgerRow row) {
        Map<Tier, BigDecimal> out = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            out.put(t, row == null ? Money.ZERO : row.paid(t));
        }
        return out;
    }

    private static BigDecimal selfPay(LedgerRow row) {
        return row == null || !row.computed() ? Money.ZERO : row.result().selfPay();
    }
}
