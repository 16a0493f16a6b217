package org.medaid.calc;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.medaid.model.Money;

/**
 * The running state of one person's calendar year (POLICY-NOTES §2): per tier track the base summed
 * so far and what it paid, the top-up accumulators, and the totals the flags look at.
 */
final class YearLedger {

    final int year;
    /** A tier's track: the key of {@link #tracks} and {@link #statuses} (no string built per bill). */
    record TrackKey(Tier tier, String id) {
        // written out: a record's generated equals/hashCode link through ObjectMethods.bootstrap, which spins ~18
        // method-handle classes at the first use in every JVM, outside any class archive (ADR 0085)
        @Override
        public boolean equals(Object o) {
            return o instanceof TrackKey k && tier == k.tier && java.util.Objects.equals(id, k.id);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(tier) + java.util.Objects.hashCode(id);
        }
    }

    final Map<TrackKey, TrackState> tracks = new LinkedHashMap<>();
    final Map<TrackKey, TrackStatus> statuses = new LinkedHashMap<>();
    final EnumMap<Tier, BigDecimal> paid = new EnumMap<>(Tier.class);
    BigDecimal selfPay = Money.ZERO;
    /** Compliant cost left after the three tiers (basic, critical illness, assistance), summed over the year. */
    BigDecimal burden = Money.ZERO;
    /** Guangxi top-up: target reimbursement, paid by the three tiers, burden left, all summed. */
    BigDecimal topUpTarget = BigDecimal.ZERO;
    BigDecimal topUpCovered = Money.ZERO;
    BigDecimal topUpBurden = Money.ZERO;
    /** Top-up owed after the latest qualifying bill but not yet paid (docs/decisions/0004-top-up-ledger.md). */
    BigDecimal topUpCarried = Money.ZERO;
    /** The year's top-up entitlement E = min(cap, F) after the latest qualifying bill (zero below the threshold). */
    BigDecimal topUpEntitled = Money.ZERO;
    /** The year's inpatient stays so far and the basic deductible each applied (邵医保发〔2021〕32号 四(十二)). */
    final Map<String, org.medaid.model.Bill> stays = new java.util.HashMap<>();
    final Map<String, BigDecimal> stayDeductible = new java.util.HashMap<>();

    YearLedger(int year) {
        this.year = year;
        for (Tier t : Tier.ALL) {
            paid.put(t, Money.ZERO);
        }
    }

    TrackState track(Tier tier, String id) {
        return tracks.computeIfAbsent(new TrackKey(tier, id), k -> new TrackState());
    }
}
