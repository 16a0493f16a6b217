package org.medaid.workflow;

import java.time.LocalDate;

/** A recovery review closed by the county approver before the whole amount came back, with the reason (ADR 0077). */
public record RecoveryClosure(long id, long recoveryId, String reason, LocalDate closedOn, String closedBy) {
}
