package org.medaid.importer;

import java.time.LocalDate;
import org.medaid.model.Category;

/**
 * A person on the desk with a current category that a full list of the same scope does not name: the commit
 * ends the category on the list's date ({@code endOn}). {@code categoryId}/{@code version} are the stored span.
 */
public record ListEnding(long personId, String name, String idNumber, String village, long categoryId, long version,
        Category category, LocalDate from, LocalDate endOn) {
}
