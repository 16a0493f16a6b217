package org.medaid.watch;

import java.util.List;

/** A watch list for a period: the people on it by township, village and name; {@code notes} say what it could not check. */
public record WatchList(WatchRule rule, Period period, List<WatchEntry> entries, List<String> notes) {

    public WatchList {
        entries = List.copyOf(entries);
        notes = List.copyOf(notes);
    }
}
