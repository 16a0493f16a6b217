package org.medaid.desk.bills;

import java.math.BigDecimal;
import org.medaid.calc.Tier;

/** One tier's payment on the bill being typed, as the panel beside the form lists it. */
public record TierAmount(Tier tier, String name, BigDecimal amount) {
}
