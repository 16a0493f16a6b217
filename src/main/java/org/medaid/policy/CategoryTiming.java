package org.medaid.policy;

import java.time.LocalDate;

/**
 * When a category takes effect under a policy. {@code NEXT_MONTH} (临医保发〔2022〕13号 六): a category
 * granted on or after {@code from} takes effect on the first day of the following month, and an exit on
 * or after {@code from} stops benefits from the first day of the month after the exit.
 */
public record CategoryTiming(LocalDate from, Rule rule, String source) {

    public enum Rule {
        START_DATE,
        NEXT_MONTH
    }
}
