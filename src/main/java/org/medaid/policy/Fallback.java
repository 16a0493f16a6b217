package org.medaid.policy;

import java.util.Set;
import org.medaid.model.Category;

/**
 * 2019 government fallback (政府兜底): inpatient bills are topped up until all payments reach
 * {@code inCountyRatio} of the total in county, or {@code referredRatio} for the listed diseases treated
 * out of county after referral (邵医保发〔2019〕13号 一(二)4, 二(三)).
 */
public record Fallback(Set<Category> categories, Param inCountyRatio, Param referredRatio, Set<String> diseases, String source) {

    public Fallback {
        categories = Set.copyOf(categories);
        diseases = Set.copyOf(diseases);
    }
}
