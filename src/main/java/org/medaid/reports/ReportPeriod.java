package org.medaid.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A month, a quarter or a year: what a statistics report covers ({@code n}: month 1–12, quarter 1–4, 0 for a year). */
public record ReportPeriod(Kind kind, int year, int n) {

    public enum Kind {
        MONTH,
        QUARTER,
        YEAR
    }

    public ReportPeriod {
        int max = switch (kind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 0;
        };
        if (kind == Kind.YEAR ? n != 0 : n < 1 || n > max) {
            throw new IllegalArgumentException(kind + " " + n);
        }
    }

    public static ReportPeriod month(int year, int month) {
        return new ReportPeriod(Kind.MONTH, year, month);
    }

    public static ReportPeriod quarter(int year, int quarter) {
        return new ReportPeriod(Kind.QUARTER, year, quarter);
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(Kind.YEAR, year, 0);
    }

    public LocalDate first() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, n, 1);
            case QUARTER -> LocalDate.of(year, 3 * n - 2, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate last() {
        return switch (kind) {
            case MONTH -> YearMonth.of(year, n).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, 3 * n).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** The months of the period, in order. */
    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(first()); !m.isAfter(YearMonth.from(last())); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case MONTH -> String.format("%d-%02d", year, n);
            case QUARTER -> year + "Q" + n;
            case YEAR -> String.valueOf(year);
        };
    }
}
