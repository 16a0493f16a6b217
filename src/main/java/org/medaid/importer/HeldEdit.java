package org.medaid.importer;

import java.time.Instant;
import java.time.LocalDate;
import org.medaid.identity.Department;
import org.medaid.model.Category;

/**
 * A hand edit of a category held until the next monthly list (临医保发〔2022〕13号 六): add a category, or end
 * the stored span {@code categoryId} on {@code to}. {@code note}: the override's reason, or why a list superseded it.
 */
public record HeldEdit(long id, long version, long personId, Kind kind, Long categoryId, Category code, LocalDate from,
        LocalDate to, Department department, String documentNo, String heldBy, Instant heldAt, State state,
        String resolvedBy, Instant resolvedAt, String note) {

    public enum Kind {
        ADD,
        END
    }

    public enum State {
        HELD,
        APPLIED,
        OVERRIDDEN,
        SUPERSEDED
    }
}
