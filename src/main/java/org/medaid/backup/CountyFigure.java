package org.medaid.backup;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One figure a county set over a bundled policy (ADR 0036): which policy and figure (the parameter's path,
 * e.g. {@code premium.contribution.2026}), the value, who set it, when, and the document it comes from.
 */
public record CountyFigure(String policy, String figure, BigDecimal value, String setBy, OffsetDateTime setAt, String document) {

    public CountyFigure {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(setBy, "setBy");
        Objects.requireNonNull(setAt, "setAt");
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException("a county figure names the document it comes from");
        }
        PolicyPath.parse(figure);
    }

    public String key() {
        return policy + "/" + figure;
    }
}
