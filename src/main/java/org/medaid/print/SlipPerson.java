package org.medaid.print;

import java.util.List;
import org.medaid.model.CategorySpan;
import org.medaid.model.Insurance;

/**
 * Who the slip is for, as printed: name and identity-card number (null: printed as 未提供), insurance,
 * the identity categories on record, and an address (village) if the desk has one.
 */
public record SlipPerson(String name, String idNumber, Insurance insurance, List<CategorySpan> categories, String address) {

    public SlipPerson {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
