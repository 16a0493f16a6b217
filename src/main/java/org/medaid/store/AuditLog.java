package org.medaid.store;

import java.util.List;

/** Reads the audit trail. */
public interface AuditLog {

    List<AuditEntry> forRecord(String table, long recordId);

    List<AuditEntry> latest(int limit);
}
