package org.medaid.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medaid.model.Category;

/**
 * What every tier paid on one bill, with the explanation lines, the doubtful figures used, the flags,
 * and the person's year to date after this bill. For a top-up (广西 三(三); docs/decisions/0004-top-up-ledger.md)
 * {@code reAssistanceEntitled} is the year's entitlement so far and {@code reAssistanceCarried} what of it
 * is owed but not yet paid; both are zero under other policies.
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
        Set<Category> held) {

    public BillResult {
        held = held == null ? Set.of() : Set.copyOf(held);
    }

    public BigDecimal paid(Tier tier) {
        return payments.get(tier);
    }

    /** The three tiers and everything after them together. */
    public BigDecimal totalPaid() {
        return payments.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
