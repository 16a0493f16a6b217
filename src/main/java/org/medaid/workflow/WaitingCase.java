package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A case waiting at a stage, for the list of cases to act on: since when, and by when the next act is
 * due ({@code due}: the visit deadline while APPLIED, the first day approval is possible while
 * PUBLICISED, null otherwise); {@code overdue} when the visit deadline has passed.
 */
public record WaitingCase(long applicationId, long personId, String name, String township, String village, Stage stage,
        LocalDate appliedOn, LocalDate since, LocalDate due, boolean overdue, BigDecimal amount) {
}
