package org.medaid.watch;

import java.time.LocalDate;
import java.time.YearMonth;

/** A month of a year ({@code month} 1–12) or the whole year ({@code month} 0): what a list or report covers. */
public record Period(int year, int month) {

    public Period {
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
    }

    public static Period year(int year) {
        return new Period(year, 0);
    }

    public static Period month(int year, int month) {
        return new Period(year, month);
    }

    public boolean wholeYear() {
        return month == 0;
    }

    public LocalDate first() {
        return wholeYear() ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
    }

    public LocalDate last() {
        return wholeYear() ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(first()) && !d.isAfter(last());
    }

    @Override
    public String toString() {
        return wholeYear() ? String.valueOf(year) : String.format("%d-%02d", year, month);
    }
}
