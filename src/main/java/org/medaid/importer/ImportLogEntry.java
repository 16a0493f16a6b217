package org.medaid.importer;

import java.time.Instant;

/** One committed import as logged: the file, what it was said to be ({@code info} null for an import without), who, when, counts. */
public record ImportLogEntry(long id, ListInfo info, String fileName, String user, Instant at, ImportResult result) {
}
