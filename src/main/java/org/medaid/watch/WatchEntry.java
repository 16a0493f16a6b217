package org.medaid.watch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One person on a watch list: who, why (the figure, the line it reached, the text with the figures and the
 * clause), since when (the settlement date of the bill that took the person over the line), whether that
 * happened in the period, the figures the rule used that a document leaves open ({@code unconfirmed}, shown
 * as 未确认), and the latest act recorded (null: nothing done yet).
 */
public record WatchEntry(long personId, String name, String idNumber, String township, String village, WatchRule rule,
        BigDecimal figure, BigDecimal line, String why, String clause, LocalDate since, boolean newInPeriod,
        List<String> unconfirmed, ActionRecord lastAction) {

    public WatchEntry {
        unconfirmed = List.copyOf(unconfirmed);
    }
}
