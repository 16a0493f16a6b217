package org.medaid.policy;

import java.util.Set;
import org.medaid.model.BillKind;
import org.medaid.model.Category;

/**
 * A basic-insurance tilt (邵医保发〔2019〕13号 一(二)1: +10 points on 住院 costs, annual cap 150,000).
 * {@code rateBonus} applies to the bill kinds in {@code kinds} only; {@code cap} replaces the ordinary
 * annual cap for the person on every bill.
 */
public record BasicTilt(String id, Set<Category> categories, Set<BillKind> kinds, Param rateBonus, Param cap, String source) {

    public BasicTilt {
        categories = Set.copyOf(categories);
        kinds = Set.copyOf(kinds);
    }
}
