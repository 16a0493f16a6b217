package org.medaid.policy;

import java.util.Set;
import org.medaid.model.Category;

/**
 * A case the clerk must look at. Kinds: {@code HOLDS_CATEGORY} (the person holds one of the categories),
 * {@code BURDEN_OVER_INCOME} (annual compliant burden after the tiers above {@code share} × {@code amount},
 * e.g. Shaoyang's 25% of per-capita income), {@code FAMILY_INCOME} (household burden ≥ share × family
 * income, Chaozhou's 60%), {@code ANNUAL_SELF_PAY} (annual personal burden ≥ {@code amount} for the
 * categories, Guangxi's alert list; an empty category set is the rule for everyone else).
 */
public record FlagRule(String code, Kind kind, Set<Category> categories, Param amount, Param share, String source) {

    public enum Kind {
        HOLDS_CATEGORY,
        BURDEN_OVER_INCOME,
        FAMILY_INCOME,
        ANNUAL_SELF_PAY
    }

    public FlagRule {
        categories = Set.copyOf(categories);
    }
}
