package org.medaid.store;

import java.time.Instant;

/** One line of the audit table: who did what to which record, when, with the old and new values (JSON). */
public record AuditEntry(long id, Instant at, String user, String action, String table, long recordId,
        String oldValue, String newValue) {
}
