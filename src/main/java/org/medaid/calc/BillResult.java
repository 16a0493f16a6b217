package org.medaid.calc;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medaid.model.Category;

/**
 * What every tier paid on one bill, with the explanation lines, the doubtful figures used, the flags,
 * and the person's year to date after this bill. For a top-up (广西 三(三); docs/decisions/0004-top-up-ledger.md)
 * {@code reAssistanceEntitled} is the year's entitlement so far and {@code reAssistanceCarried} what of it
 * is owed but not yet paid; both are zero under other policies. {@code computed} holds the policy's own
 * figure for each tier the hospital settled (POLICY-NOTES §8); {@code unconfirmedLabels} names the
 * unconfirmed figures as screens and slips show them; {@code wouldPay} is what an application track
 * would pay once approved (POLICY-NOTES §7.3).
 */
public record BillResult(
        String id,
        String policy,
        int year,
        BigDecimal total,
        BigDecimal compliant,
        Map<Tier, BigDecimal> payments,
        BigDecimal selfPay,
        List<Line> lines,
        List<String> unconfirmed,
        List<FlagNote> flags,
        Map<Tier, BigDecimal> yearToDate,
        BigDecimal yearSelfPay,
        List<TrackStatus> tracks,
        BigDecimal reAssistanceCarried,
        BigDecimal reAssistanceEntitled,
        Set<Category> held,
        Map<Tier, BigDecimal> computed,
        List<String> unconfirmedLabels,
        BigDecimal wouldPay) {

    /** A result without the figures of POLICY-NOTES §7 and §8 (read back from before they existed). */
    public BillResult(String id, String policy, int year, BigDecimal total, BigDecimal compliant, Map<Tier, BigDecimal> payments,
            BigDecimal selfPay, List<Line> lines, List<String> unconfirmed, List<FlagNote> flags, Map<Tier, BigDecimal> yearToDate,
            BigDecimal yearSelfPay, List<TrackStatus> tracks, BigDecimal reAssistanceCarried, BigDecimal reAssistanceEntitled,
            Set<Category> held) {
        this(id, policy, year, total, compliant, payments, selfPay, lines, unconfirmed, flags, yearToDate, yearSelfPay, tracks,
                reAssistanceCarried, reAssistanceEntitled, held, Map.of(), unconfirmed, BigDecimal.ZERO.setScale(2));
    }

    public BillResult {
        held = held == null || held.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(held));
        computed = computed == null || computed.isEmpty() ? Map.of() : Map.copyOf(computed);
        unconfirmedLabels = unconfirmedLabels == null ? List.of() : List.copyOf(unconfirmedLabels);
        wouldPay = wouldPay == null ? BigDecimal.ZERO.setScale(2) : wouldPay;
    }

    public BigDecimal paid(Tier tier) {
        return payments.get(tier);
    }

    /** The three tiers and everything after them together. */
    public BigDecimal totalPaid() {
        return payments.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
