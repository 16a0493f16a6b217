package org.medaid.policy;

import java.util.Set;
import org.medaid.model.Category;

/** A basic-insurance tilt (邵医保发〔2019〕13号 一(二)1: +10 points, annual cap 150,000). */
public record BasicTilt(String id, Set<Category> categories, Param rateBonus, Param cap, String source) {

    public BasicTilt {
        categories = Set.copyOf(categories);
    }
}
