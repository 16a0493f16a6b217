package org.medaid.policy;

import java.util.List;
import java.util.Map;

/**
 * Premium subsidies (资助参保) for insurance years {@code fromYear}..{@code toYear} (null: open), the
 * individual contribution by year, and the groups in priority order (several categories: the highest).
 */
public record PremiumRules(int fromYear, Integer toYear, Map<Integer, Param> contribution, List<PremiumGroup> groups, String source) {

    public PremiumRules {
        contribution = Map.copyOf(contribution);
        groups = List.copyOf(groups);
    }

    public boolean covers(int year) {
        return year >= fromYear && (toYear == null || year <= toYear);
    }
}
