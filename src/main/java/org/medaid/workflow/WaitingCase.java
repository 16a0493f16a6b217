package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A case waiting at a stage, for the list of cases to act on: since when, and by when the next act is due
 * ({@code due}, ADR 0038: the township's visit and review while APPLIED, the county's review while waiting for
 * approval, the payment while APPROVED; null where no deadline applies or the year has no calendar data);
 * {@code overdue} when that day has passed.
 */
public record WaitingCase(long applicationId, long personId, String name, String township, String village, Stage stage,
        LocalDate appliedOn, LocalDate since, LocalDate due, boolean overdue, BigDecimal amount) {
}
