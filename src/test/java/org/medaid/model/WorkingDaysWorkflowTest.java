package org.medaid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WorkingDaysWorkflowTest {

    private final WorkingDays weekends = WorkingDays.WEEKENDS_ONLY;

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource(textBlock = """
            2024-03-04, 10, 2024-03-18
            2024-03-07,  1, 2024-03-08
            2024-03-08,  1, 2024-03-11
            2024-03-09,  1, 2024-03-11
            2024-03-07,  0, 2024-03-07
            """)
    void afterSkipsWeekendsAndNotTheFirstDay(LocalDate from, int n, LocalDate expected) {
        assertEquals(expected, weekends.after(from, n));
    }

    @ParameterizedTest(name = "5 working days from {0} end {1}")
    @CsvSource(textBlock = """
            2024-03-04, 2024-03-08
            2024-03-07, 2024-03-13
            2024-03-09, 2024-03-15
            """)
    void fiveDayNoticeEndsOnItsFifthWorkingDay(LocalDate start, LocalDate end) {
        assertEquals(end, weekends.periodEnd(start, 5));
    }

    @Test
    void holidaysAreSkippedAndMakeUpWeekendsCount() {
        // 2024 National Day: 10-01..10-07 off, Sunday 09-29 and Saturday 10-12 worked (国办发明电〔2023〕7号).
        Set<LocalDate> off = Set.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2), LocalDate.of(2024, 10, 3),
                LocalDate.of(2024, 10, 4), LocalDate.of(2024, 10, 7));
        WorkingDays days = new WorkingDays(off, Set.of(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12)));
        assertTrue(days.isWorkingDay(LocalDate.of(2024, 9, 29)));
        assertFalse(days.isWorkingDay(LocalDate.of(2024, 10, 7)));
        // 09-30, then 10-08 .. 10-11 after the holiday; the sixth working day is the make-up Saturday.
        assertEquals(LocalDate.of(2024, 10, 11), days.periodEnd(LocalDate.of(2024, 9, 30), 5));
        assertEquals(LocalDate.of(2024, 10, 12), days.periodEnd(LocalDate.of(2024, 9, 30), 6));
    }

    @Test
    void betweenCountsWorkingDaysAfterTheFirstDate() {
        assertEquals(5, weekends.between(LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 14)));
        assertEquals(0, weekends.between(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 10)));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> weekends.after(LocalDate.of(2024, 3, 7), -1));
        assertThrows(IllegalArgumentException.class, () -> weekends.periodEnd(LocalDate.of(2024, 3, 7), 0));
    }

    @Test
    void aWorkedDayMustBeAWeekendDay() {
        assertThrows(IllegalArgumentException.class, () -> new WorkingDays(Set.of(), Set.of(LocalDate.of(2024, 10, 8))));
    }
}
