package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A change of the figures of an application's bills (ADR 0031): the amounts on record ({@code before}: as
 * submitted or last reviewed) beside the amounts the bills compute to now ({@code after}), the stage the case
 * was at, and who reviewed the new amounts (null while pending). {@code granted} is the approval the case held when
 * it went back (ADR 0064), cleared from the application and kept here; null when it was not approved.
 */
public record FiguresChange(
        long id,
        long applicationId,
        Stage fromStage,
        List<ApplicationBill> before,
        List<ApplicationBill> after,
        BigDecimal selfPayBefore,
        BigDecimal selfPayAfter,
        String detectedBy,
        Instant detectedAt,
        State state,
        String reviewedBy,
        Instant reviewedAt,
        Granted granted) {

    /** A change of a case that was not approved when it went back. */
    public FiguresChange(long id, long applicationId, Stage fromStage, List<ApplicationBill> before, List<ApplicationBill> after,
            BigDecimal selfPayBefore, BigDecimal selfPayAfter, String detectedBy, Instant detectedAt, State state,
            String reviewedBy, Instant reviewedAt) {
        this(id, applicationId, fromStage, before, after, selfPayBefore, selfPayAfter, detectedBy, detectedAt, state,
                reviewedBy, reviewedAt, null);
    }

    /** The approval a case held before it went back: the day, the granted amount, the calculator's figure, the reason. */
    public record Granted(java.time.LocalDate on, BigDecimal amount, BigDecimal computed, String reason) {

        static Granted of(AssistanceApplication a) {
            return a.approvedAmount() == null ? null
                    : new Granted(a.approvedOn(), a.approvedAmount(), a.computedAmount(), a.grantReason());
        }
    }

    public enum State {
        PENDING,
        REVIEWED,
        SUPERSEDED
    }

    public FiguresChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public boolean pending() {
        return state == State.PENDING;
    }
}
