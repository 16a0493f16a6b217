package org.medaid.watch;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the desk knows of a household in a year (V31): annual disposable income and total assets in yuan
 * (null: not recorded), whether it is an ordinary rural household (普通农户; null: not recorded), the date the
 * figures were taken and their source (e.g. 2025年家庭经济状况核对报告), and who entered them.
 */
public record HouseholdFacts(long id, long householdPersonId, int year, BigDecimal annualIncome, BigDecimal totalAssets,
        Boolean rural, LocalDate recordedOn, String source, String enteredBy) {
}
