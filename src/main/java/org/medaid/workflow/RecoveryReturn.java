package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money actually returned (已追回) against a {@link Recovery}: the day, the amount, the receipt or voucher number and
 * who recorded it (ADR 0077). A mistaken entry is not changed: it is voided with the reason ({@code voidReason},
 * {@code voidedBy}; both null while it counts).
 */
public record RecoveryReturn(long id, long recoveryId, LocalDate returnedOn, BigDecimal amount, String voucher,
        String recordedBy, String voidReason, String voidedBy) {

    public boolean voided() {
        return voidReason != null;
    }
}
