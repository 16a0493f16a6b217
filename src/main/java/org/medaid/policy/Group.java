package org.medaid.policy;

import java.util.Set;
import org.medaid.model.Category;
import org.medaid.model.Insurance;

/**
 * A rule group of a tier: who it is for and the schedule they get. Groups are listed in priority order
 * and the first that matches wins (POLICY-NOTES §3). Empty {@code categories} means every insured person
 * (the ordinary rule). {@code requires}: categories the person must hold as well (邵医保发〔2019〕13号
 * 一(二)3: 社会救助兜底保障一类对象 is an exemption inside the 建档立卡 rule, not a group of its own).
 * {@code onApplication}: also matches a bill marked as an approved application;
 * {@code requiresApplication}: payments under this group go by application (依申请) and are flagged.
 */
public record Group(
        String id,
        Set<Category> categories,
        Set<Category> requires,
        Insurance insurance,
        boolean onApplication,
        boolean requiresApplication,
        Schedule schedule,
        String source) {

    public Group {
        categories = Set.copyOf(categories);
        requires = requires == null ? Set.of() : Set.copyOf(requires);
    }

    public boolean isOrdinary() {
        return categories.isEmpty() && !onApplication;
    }
}
