package org.medaid.desk.ledger;

import java.math.BigDecimal;

/**
 * Where one annual track stands at the end of the year so far: which tier (and track) under which group,
 * the deductible and what is left of it, the cap (null: none) and what is left of it.
 */
public record TrackItem(String name, String group, BigDecimal base, BigDecimal deductible, BigDecimal deductibleLeft,
        BigDecimal paid, BigDecimal cap, BigDecimal capLeft) {
}
