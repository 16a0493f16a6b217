package org.medaid.policy;

import java.util.Map;
import java.util.Set;
import org.medaid.model.Category;

/**
 * A premium-subsidy rule: a share of the contribution (possibly by insurance year), or a fixed sum from
 * {@code fund} with the rest of the contribution from {@code remainderFund}.
 */
public record PremiumGroup(
        String id,
        Set<Category> categories,
        Param share,
        Map<Integer, Param> shareByYear,
        Param fixed,
        Fund fund,
        Fund remainderFund,
        String source) {

    public PremiumGroup {
        categories = Set.copyOf(categories);
        shareByYear = shareByYear == null ? Map.of() : Map.copyOf(shareByYear);
    }
}
