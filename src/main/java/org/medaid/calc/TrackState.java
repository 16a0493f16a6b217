package org.medaid.calc;

import java.math.BigDecimal;
import org.medaid.model.Money;

/** The running totals of one tier's track in one year: the base B summed so far and what it paid. */
final class TrackState {

    BigDecimal base = Money.ZERO;
    BigDecimal paid = Money.ZERO;
}
