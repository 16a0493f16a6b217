package org.medaid.backup;

import java.math.BigDecimal;

/**
 * The county's answer for one unconfirmed figure of a policy: keep the default ({@code value} null) or
 * put its own figure in. A figure the county leaves marked has no decision at all.
 */
public record FigureDecision(String name, BigDecimal value) {

    public static FigureDecision confirmDefault(String name) {
        return new FigureDecision(name, null);
    }

    public static FigureDecision setTo(String name, BigDecimal value) {
        return new FigureDecision(name, value);
    }

    public boolean keepsDefault() {
        return value == null;
    }
}
