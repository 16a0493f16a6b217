package org.medaid.store;

import java.time.LocalDate;
import org.medaid.identity.Department;
import org.medaid.model.Category;
import org.medaid.model.CategorySpan;

/** An identity category as stored: an exit is an end date, a mistake is voided, never deleted. */
public record CategoryRecord(
        long id,
        long version,
        long personId,
        Category code,
        LocalDate from,
        LocalDate to,
        Department department,
        String documentNo,
        boolean voided) {

    public CategorySpan span() {
        return new CategorySpan(code, from, to);
    }
}
