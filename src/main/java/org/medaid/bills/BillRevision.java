package org.medaid.bills;

import java.time.Instant;

/**
 * One change of a bill from the audit trail: entered ({@code before} null), corrected, or voided,
 * with the bill as it was before and after.
 */
public record BillRevision(Instant at, String user, String action, StoredBill before, StoredBill after) {
}
