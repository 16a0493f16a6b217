package org.medaid.desk.person;

import java.time.LocalDate;
import org.medaid.store.CategoryRecord;

/** A row of the person's category table: a stored category, or one waiting for the person's first save. */
public record CategoryItem(CategoryRecord record, boolean pending) {

    /** How the row reads today. */
    public enum State { PENDING, ACTIVE, ENDED, VOIDED }

    public State state(LocalDate today) {
        if (record.voided()) {
            return State.VOIDED;
        }
        if (pending) {
            return State.PENDING;
        }
        return record.to() != null && record.to().isBefore(today) ? State.ENDED : State.ACTIVE;
    }

    /** An exit can still be recorded: not voided, and no end date yet. */
    public boolean canEnd() {
        return !record.voided() && record.to() == null;
    }

    public boolean canVoid() {
        return !record.voided();
    }

    public CategoryItem endedOn(LocalDate to) {
        CategoryRecord r = record;
        return new CategoryItem(new CategoryRecord(r.id(), r.version(), r.personId(), r.code(), r.from(), to,
                r.department(), r.documentNo(), r.voided()), pending);
    }
}
