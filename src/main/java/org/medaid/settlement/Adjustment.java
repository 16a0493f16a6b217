package org.medaid.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A 结算调整 of an issued settlement (ADR 0031): the figures as last issued ({@code before}), as the bill
 * computes now ({@code after}), the lines that differ and why. It waits in the queue ({@link State#PENDING})
 * until the clerk confirms it, which gives it its own number; a pending adjustment that a later change makes
 * wrong is superseded (kept, never numbered) and a new one made.
 *
 * @param difference what the tiers pay in addition (positive) or is to be returned (negative) in all
 */
public record Adjustment(
        long id,
        long version,
        long settlementId,
        String settlementNumber,
        long billId,
        long personId,
        String number,
        State state,
        Figures before,
        Figures after,
        BigDecimal difference,
        List<Reason> reasons,
        Basis basis,
        String createdBy,
        Instant createdAt,
        String confirmedBy,
        Instant confirmedAt) {

    public enum State {
        PENDING,
        CONFIRMED,
        SUPERSEDED
    }

    public Adjustment {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public List<TierChange> changes() {
        return TierChange.between(before, after);
    }
}
