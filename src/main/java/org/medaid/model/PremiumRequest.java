package org.medaid.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A request to compute the premium subsidy for insurance year {@code year}. {@code contribution} is
 * the individual contribution (null: the policy's figure for the year); {@code asOf} the date the
 * person's categories are read on (null: 31 December of year − 1, the end of the collection period).
 */
public record PremiumRequest(int year, BigDecimal contribution, LocalDate asOf) {

    public LocalDate assessmentDate() {
        return asOf != null ? asOf : LocalDate.of(year - 1, 12, 31);
    }
}
