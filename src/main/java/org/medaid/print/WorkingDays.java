package org.medaid.print;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Counts working days (工作日) for the deadlines of the assistance procedure (ADR 0017): Saturdays and
 * Sundays are off; the hook takes the year's public holidays that fall on weekdays and the weekend days
 * worked in exchange (调休上班), as the State Council publishes them each December.
 */
public final class WorkingDays {

    /** Weekends off, no holiday list: what the desk uses until a county enters the year's holidays. */
    public static final WorkingDays WEEKENDS_ONLY = new WorkingDays(Set.of(), Set.of());

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workedWeekendDays;

    public WorkingDays(Collection<LocalDate> holidays, Collection<LocalDate> workedWeekendDays) {
        this.holidays = Set.copyOf(holidays);
        this.workedWeekendDays = Set.copyOf(workedWeekendDays);
        for (LocalDate d : this.workedWeekendDays) {
            if (!weekend(d)) {
                throw new IllegalArgumentException(d + " is not a Saturday or Sunday");
            }
        }
    }

    public boolean isWorkingDay(LocalDate date) {
        if (workedWeekendDays.contains(date)) {
            return true;
        }
        return !weekend(date) && !holidays.contains(date);
    }

    /**
     * The {@code n}-th working day after {@code date}, not counting {@code date} itself: a deadline "within
     * n working days" of receipt (受理之日起10个工作日内) falls on {@code after(received, n)}.
     */
    public LocalDate after(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        if (n < 0) {
            throw new IllegalArgumentException("a negative number of working days: " + n);
        }
        LocalDate d = date;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** {@code date} if it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The last day of a period of {@code n} working days that starts on {@code start} (or on the next
     * working day when {@code start} is not one): a 5-working-day public notice from Monday ends on Friday.
     */
    public LocalDate periodEnd(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a period has at least one working day: " + n);
        }
        return after(onOrAfter(start), n - 1);
    }

    /** Working days after {@code from} up to and including {@code to} (0 when {@code to} is not later). */
    public int between(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
