package org.medaid.policy;

import java.util.Set;
import org.medaid.model.Category;

/** 2019: the treating hospital waives a share of what is left for the listed diseases (邵医保发〔2019〕13号 二(三)). */
public record HospitalWaiver(Set<Category> categories, Set<String> diseases, Param rate, String source) {

    public HospitalWaiver {
        categories = Set.copyOf(categories);
        diseases = Set.copyOf(diseases);
    }
}
