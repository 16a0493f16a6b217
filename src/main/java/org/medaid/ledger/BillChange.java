package org.medaid.ledger;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.medaid.calc.Tier;

/**
 * How one bill's computation moved between two versions of a year: each tier's payment and the
 * self-pay before and after. A bill that stopped counting (voided) has zeros after; a bill that
 * started counting (new) has zeros before.
 */
public record BillChange(long billId, Kind kind, Map<Tier, BigDecimal> before, Map<Tier, BigDecimal> after,
        BigDecimal selfPayBefore, BigDecimal selfPayAfter) {

    public enum Kind {
        /** Computed before and after, with different amounts. */
        CHANGED,
        /** Computed before, not any more (voided, or its policy withdrawn). */
        REMOVED,
        /** Computed now, not before (new, or un-voided by a correction). */
        ADDED
    }

    public BillChange {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    /** After minus before for {@code tier}. */
    public BigDecimal delta(Tier tier) {
        return after.get(tier).subtract(before.get(tier));
    }

    /** After minus before for every tier, zeros included. */
    public Map<Tier, BigDecimal> deltas() {
        Map<Tier, BigDecimal> out = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            out.put(t, delta(t));
        }
        return out;
    }

    public BigDecimal selfPayDelta() {
        return selfPayAfter.subtract(selfPayBefore);
    }
}
