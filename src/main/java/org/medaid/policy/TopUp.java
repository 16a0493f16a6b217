package org.medaid.policy;

import java.util.Map;
import java.util.Set;
import org.medaid.model.BillKind;
import org.medaid.model.Category;

/**
 * Re-assistance as a top-up to a reimbursement ratio (广西 三(三) 倾斜救助): once the compliant burden left
 * after the three tiers reaches {@code threshold} in the year, assistance tops basic + critical illness +
 * assistance + this tier up to {@code targetRatio} of the compliant cost, within the annual cap.
 */
public record TopUp(
        String id,
        Set<Category> categories,
        Param threshold,
        Map<BillKind, Param> targetRatio,
        Param cap,
        boolean requiresApplication,
        String source) {

    public TopUp {
        categories = Set.copyOf(categories);
        targetRatio = Map.copyOf(targetRatio);
    }
}
