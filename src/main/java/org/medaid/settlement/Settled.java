package org.medaid.settlement;

import java.time.LocalDate;

/**
 * An issued settlement as it stands for the statistics: the settlement, the bill's settlement
 * date, and its figures now — those of the latest confirmed 结算调整, else those issued. Pending adjustments
 * do not count until the clerk confirms them.
 */
public record Settled(Settlement settlement, LocalDate settledOn, Figures figures) {
}
