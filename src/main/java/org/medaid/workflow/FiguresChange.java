package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A change of the figures of an application's bills (ADR 0031): the amounts on record ({@code before}: as
 * submitted or last reviewed) beside the amounts the bills compute to now ({@code after}), the stage the case
 * was at, and who reviewed the new amounts (null while pending).
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
        Instant reviewedAt) {

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
