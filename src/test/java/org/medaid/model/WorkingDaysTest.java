package org.medaid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines of the assistance procedure, counted in working days (ADR 0017). */
class WorkingDaysTest {

    private final WorkingDays weekends = WorkingDays.WEEKENDS_ONLY;

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource(textBlock = """
            # 2024-05-06 is a Monday
            2024-05-06, 0, 2024-05-06
            2024-05-06, 1, 2024-05-07
            2024-05-06, 4, 2024-05-10
            2024-05-06, 5, 2024-05-13
            2024-05-06, 10, 2024-05-20
            # from a Friday the weekend is skipped
            2024-05-10, 1, 2024-05-13
            2024-05-10, 10, 2024-05-24
            # received on a Saturday: the count starts on Monday
            2024-05-11, 1, 2024-05-13
            2024-05-11, 10, 2024-05-24
            """)
    void countsWorkingDaysAfterADateSkippingWeekends(LocalDate from, int n, LocalDate expected) {
        assertEquals(expected, weekends.after(from, n));
    }

    @ParameterizedTest(name = "5 working days from {0} end on {1}")
    @CsvSource(textBlock = """
            2024-05-06, 2024-05-10
            2024-05-08, 2024-05-14
            2024-05-10, 2024-05-16
            2024-05-11, 2024-05-17
            2024-05-12, 2024-05-17
            """)
    void aFiveWorkingDayNoticeEndsOnItsFifthWorkingDay(LocalDate start, LocalDate end) {
        assertEquals(end, weekends.periodEnd(start, 5));
    }

    @Test
    void skipsTheHolidaysItIsGiven() {
        // 2024 Labour Day: 1–5 May off, Sunday 28 April and Saturday 11 May worked
        WorkingDays days = new WorkingDays(
                List.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 3)),
                List.of(LocalDate.of(2024, 4, 28), LocalDate.of(2024, 5, 11)));
        assertEquals(LocalDate.of(2024, 5, 6), days.after(LocalDate.of(2024, 4, 30), 1));
        assertFalse(days.isWorkingDay(LocalDate.of(2024, 5, 2)));
    }

    @Test
    void countsTheWeekendDaysWorkedInExchange() {
        WorkingDays days = new WorkingDays(List.of(), List.of(LocalDate.of(2024, 5, 11)));
        assertTrue(days.isWorkingDay(LocalDate.of(2024, 5, 11)));
        assertEquals(LocalDate.of(2024, 5, 11), days.after(LocalDate.of(2024, 5, 10), 1));
    }

    @Test
    void refusesAWorkedDayThatIsNotAWeekendDay() {
        assertThrows(IllegalArgumentException.class, () -> new WorkingDays(List.of(), List.of(LocalDate.of(2024, 5, 6))));
    }

    @Test
    void countsTheWorkingDaysBetweenTwoDates() {
        assertEquals(10, weekends.between(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 20)));
        assertEquals(0, weekends.between(LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 12)));
    }

    @Test
    void refusesANegativeCount() {
        assertThrows(IllegalArgumentException.class, () -> weekends.after(LocalDate.of(2024, 5, 6), -1));
    }
}
