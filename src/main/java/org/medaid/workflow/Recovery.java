package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A paid case under review after an upheld objection to the post-payment village notice (POLICY-NOTES §8): the
 * reason (the objection and the check made), the amount paid and the amount to be recovered (追回, 应退回) — the paid
 * amount, or less with {@code amountReason}. The paid record itself is unchanged.
 */
public record Recovery(long id, long objectionId, long applicationId, String reviewReason, BigDecimal paidAmount,
        BigDecimal amountDue, String amountReason, LocalDate recordedOn, String recordedBy) {
}
