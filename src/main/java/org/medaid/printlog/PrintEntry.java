package org.medaid.printlog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One print: what, which record and version, by whom, when, and whether the same version had been
 * printed before ({@code reprint}: the slip then says 补打 and the date of this print).
 */
public record PrintEntry(long id, PrintKind kind, long recordId, long recordVersion, String printedBy, Instant printedAt,
        boolean reprint, String note) {

    /** The day of this print in the desk's time zone, as the 补打 line shows it. */
    public LocalDate printedOn(ZoneId zone) {
        return printedAt.atZone(zone).toLocalDate();
    }
}
