package org.medaid.roster;

import java.math.BigDecimal;
import java.util.List;

/**
 * Totals of a premium subsidy list, and the people who could not be computed (no policy for the year
 * in their region, say) with the first few reasons.
 */
public record PremiumSummary(int year, long people, BigDecimal subsidy, BigDecimal assistanceFund, BigDecimal countyBudget,
        long notComputed, List<String> problems) {
}
