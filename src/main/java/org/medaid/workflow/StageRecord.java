package org.medaid.workflow;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Who moved an application to {@code stage}, when they recorded it ({@code at}), the date of the act
 * itself ({@code on}: the visit, the first day of the notice, the approval, the payout), and their note.
 */
public record StageRecord(Stage stage, String user, Instant at, LocalDate on, String note) {
}
