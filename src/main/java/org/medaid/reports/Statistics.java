package org.medaid.reports;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a period: the totals, the same figures by township, village, category,
 * policy and month, the people by category, and how the people's self-pay in the period is distributed.
 * Every group's figures come from the same settlements, so each breakdown sums to the totals to the fen.
 *
 * @param byCategory keyed by the main category's name (the first the person held, in the order of
 *                   {@code model.Category}), or {@link StatisticsService#ORDINARY}
 * @param byChannel    one-stop settlements (the hospital advanced the assistance) and bills claimed afterwards
 *                     (零星报销), both always present (POLICY-NOTES §8)
 * @param moneyBack    the rows of money owed back and returned in the period (ADR 0093), which every group's
 *                     {@code owedBack} and {@code recovered} sum; a group with such rows and no settlement is listed
 */
public record Statistics(ReportPeriod period, Measures total, Map<String, Measures> byTownship, Map<String, Measures> byVillage,
        Map<String, Measures> byCategory, Map<String, Measures> byPolicy, Map<YearMonth, Measures> byMonth,
        List<Band> burden, Map<Channel, Measures> byChannel, List<MoneyBack.Entry> moneyBack) {

    public Statistics {
        moneyBack = List.copyOf(moneyBack);
    }

    /** People whose self-pay in the period lies from {@code from} (inclusive) to {@code to} (exclusive; null: no end). */
    public record Band(java.math.BigDecimal from, java.math.BigDecimal to, long people) {
    }
}
