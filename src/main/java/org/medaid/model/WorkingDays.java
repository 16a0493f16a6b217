package org.medaid.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Working-day arithmetic for the deadlines of the application workflow (ADR 0021; the readings are
 * ADR 0017's): the household visit within 10 working days of the application and the 5-working-day
 * public notice (公示). Saturdays and Sundays are off; {@code holidays} adds the public holidays on
 * weekdays and {@code workedWeekendDays} the weekend days worked in exchange (调休), as the State
 * Council publishes them each December. The one implementation for the workflow and the printed forms.
 */
public final class WorkingDays {

    /** Weekends off, no holiday list, any year: for tests and forms that need no calendar. */
    public static final WorkingDays WEEKENDS_ONLY = new WorkingDays(Set.of(), Set.of());

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workedWeekendDays;
    /** The years the calendar has data for; null: any year (weekends only). ADR 0037. */
    private final Set<Integer> years;
    private final String version;

    public WorkingDays(Collection<LocalDate> holidays, Collection<LocalDate> workedWeekendDays) {
        this("weekends-only", null, holidays, workedWeekendDays);
    }

    /**
     * The State Council calendar for {@code years} (ADR 0037): a date in another year is refused with a
     * {@link NoCalendarException} rather than guessed. {@code version} names the data it was made from, so a
     * deadline computed with it can tell when the calendar has changed.
     */
    public WorkingDays(String version, Collection<Integer> years, Collection<LocalDate> holidays,
            Collection<LocalDate> workedWeekendDays) {
        this.version = Objects.requireNonNull(version, "version");
        this.years = years == null ? null : Set.copyOf(years);
        this.holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
        this.workedWeekendDays = Set.copyOf(Objects.requireNonNull(workedWeekendDays, "workedWeekendDays"));
        for (LocalDate d : this.workedWeekendDays) {
            if (!weekend(d)) {
                throw new IllegalArgumentException(d + " is not a Saturday or Sunday");
            }
        }
    }

    public String version() {
        return version;
    }

    /** Whether the calendar has data for {@code year}. */
    public boolean covers(int year) {
        return years == null || years.contains(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (!covers(date.getYear())) {
            throw new NoCalendarException(date.getYear());
        }
        if (workedWeekendDays.contains(date)) {
            return true;
        }
        return !weekend(date) && !holidays.contains(date);
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
     * The {@code n}th working day after {@code date}, {@code date} itself not counted: "within 10 working
     * days of receipt" (受理之日起10个工作日内) ends on {@code after(received, 10)}.
     */
    public LocalDate after(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        if (n < 0) {
            throw new IllegalArgumentException("a negative number of working days: " + n);
        }
        LocalDate d = date;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The last day of a period of {@code n} working days that starts on {@code start} (or on the next
     * working day when {@code start} is not one), counting the first: a notice posted Thursday for 5
     * working days ends the Wednesday after.
     */
    public LocalDate periodEnd(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a period has at least one working day: " + n);
        }
        return after(onOrAfter(start), n - 1);
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
