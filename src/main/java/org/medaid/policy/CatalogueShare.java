package org.medaid.policy;

import java.util.Set;
import org.medaid.model.BillKind;
import org.medaid.model.Category;

/**
 * 广西 三(五) (POLICY-NOTES §7.1): for the named people, catalogue costs must be at least
 * 1 − {@code maxShare} of the total of the named bill kinds; the out-of-catalogue part above
 * round2(total × maxShare) is borne by the hospital, unless the bill is an approved special case.
 */
public record CatalogueShare(Set<Category> categories, Set<BillKind> kinds, Param maxShare, String source) {

    public CatalogueShare {
        categories = Set.copyOf(categories);
        kinds = Set.copyOf(kinds);
    }
}
