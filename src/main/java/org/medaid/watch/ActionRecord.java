package org.medaid.watch;

import java.time.LocalDate;

/** One recorded act about a person on a watch list: what, on which day, by whom (the login), and a note. */
public record ActionRecord(long id, WatchRule rule, long personId, int year, WatchAction action, LocalDate on, String by,
        String note) {
}
