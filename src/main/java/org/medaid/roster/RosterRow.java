package org.medaid.roster;

import java.time.LocalDate;
import java.util.List;
import org.medaid.model.Category;

/** One line of the roster table. */
public record RosterRow(long personId, String name, String idNumber, String township, String village,
        List<Category> categoriesToday, LocalDate nextCategoryEnd) {
}
