package org.medaid.insurance;

import java.time.Instant;
import java.time.LocalDate;

/** One stored row of the 参保台账: a person's insurance year as last recorded (corrections are audited). */
public record CoverageRecord(long id, long version, long personId, int year, InsuranceStatus status, LocalDate since,
        UninsuredReason reason, String reasonText, EntrySource source, String changedBy, Instant changedAt) {

    public CoverageDraft draft() {
        return new CoverageDraft(personId, year, status, since, reason, reasonText);
    }

    /** Whether this entry insures the person on {@code date} (a date of its year). */
    public boolean insuresOn(LocalDate date) {
        return status.insured() && date.getYear() == year && !date.isBefore(draft().coveredFrom());
    }
}
