package org.medaid.model;

/**
 * A deadline falls in a year the working-day calendar has no data for (ADR 0037): the desk says so, in
 * Chinese, with where to add the year, instead of guessing which days are holidays.
 */
public class NoCalendarException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int year;

    public NoCalendarException(int year) {
        super(Labels.text("calendar.noYear", year));
        this.year = year;
    }

    public int year() {
        return year;
    }
}
