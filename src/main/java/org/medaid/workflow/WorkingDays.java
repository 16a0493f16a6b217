package org.medaid.workflow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Working-day arithmetic for the deadlines of the application workflow: the household visit within
 * 10 working days of the application and the 5-working-day public notice (公示). Saturdays and Sundays
 * are not working days; {@code holidays} adds public holidays and {@code makeUpDays} the weekend days
 * worked in exchange for them (调休), both as the State Council publishes them each year.
 */
public final class WorkingDays {

    private static final WorkingDays WEEKENDS_ONLY = new WorkingDays(Set.of(), Set.of());

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;

    public WorkingDays(Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        this.holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
        this.makeUpDays = Set.copyOf(Objects.requireNonNull(makeUpDays, "makeUpDays"));
    }

    /** Only Saturdays and Sundays are skipped. */
    public static WorkingDays weekendsOnly() {
        return WEEKENDS_ONLY;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (makeUpDays.contains(date)) {
            return true;
        }
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The first working day on or after {@code date}. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The {@code n}th working day after {@code date} ({@code date} itself not counted): "within 10 working
     * days of the application" ends on {@code plus(applied, 10)}.
     */
    public LocalDate plus(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + n);
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
     * The last day of a period of {@code n} working days that starts on {@code start} (a working day,
     * counted as the first): a notice posted Thursday for 5 working days ends the Wednesday after.
     */
    public LocalDate periodEnd(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a period lasts at least one working day: " + n);
        }
        return plus(onOrAfter(start), n - 1);
    }

    /** Working days in {@code from} (exclusive) .. {@code to} (inclusive); 0 when {@code to} is not after {@code from}. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
