package org.medaid.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medaid.model.NoCalendarException;
import org.medaid.model.WorkingDays;

/** The State Council calendar as data (ADR 0037): holidays, make-up days, a year without data, a county's year. */
class WorkingCalendarTest {

    private static final WorkingDays DAYS = WorkingCalendar.bundled();

    @ParameterizedTest(name = "a notice posted {0} for 5 working days ends {1}")
    @CsvSource(textBlock = """
            2024-09-30, 2024-10-11
            2025-01-27, 2025-02-08
            2024-12-05, 2024-12-11
            2026-02-13, 2026-02-26
            """)
    void noticeEndsSkipHolidaysAndCountMakeUpDays(LocalDate posted, LocalDate end) {
        assertEquals(end, DAYS.periodEnd(posted, 5));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDayAndAHolidayWeekdayIsNot() {
        assertTrue(DAYS.isWorkingDay(LocalDate.of(2025, 2, 8)), "Saturday 2025-02-08 is worked (春节调休)");
        assertTrue(DAYS.isWorkingDay(LocalDate.of(2024, 10, 12)), "Saturday 2024-10-12 is worked (国庆调休)");
        assertFalse(DAYS.isWorkingDay(LocalDate.of(2025, 1, 28)), "Tuesday 2025-01-28 is 春节");
        assertFalse(DAYS.isWorkingDay(LocalDate.of(2025, 2, 15)), "an ordinary Saturday stays off");
    }

    @Test
    void theExtendedSpringFestivalOf2020CancelledItsMakeUpSaturday() {
        assertFalse(DAYS.isWorkingDay(LocalDate.of(2020, 1, 31)), "春节 extended to 2 February");
        assertFalse(DAYS.isWorkingDay(LocalDate.of(2020, 2, 1)), "the make-up Saturday was cancelled by the extension");
        assertTrue(DAYS.isWorkingDay(LocalDate.of(2020, 2, 3)));
        assertTrue(DAYS.isWorkingDay(LocalDate.of(2020, 1, 19)), "Sunday 2020-01-19 was worked");
    }

    @Test
    void aYearWithoutDataSaysSoInChineseInsteadOfGuessing() {
        NoCalendarException e = assertThrows(NoCalendarException.class, () -> DAYS.periodEnd(LocalDate.of(2027, 3, 1), 5));
        assertEquals(2027, e.year());
        assertTrue(e.getMessage().contains("2027年") && e.getMessage().contains("calendar"), e.getMessage());
        assertTrue(DAYS.covers(2019) && DAYS.covers(2026) && !DAYS.covers(2018));
    }

    @Test
    void aCountyAddsTheNextYearFromItsFolderAndTheVersionSaysSo(@TempDir Path data) throws IOException {
        Files.createDirectories(data.resolve(WorkingCalendar.FOLDER));
        Files.writeString(data.resolve("calendar/2027.yaml"), """
                version: 2026-11-10
                source: 国务院办公厅关于2027年部分节假日安排的通知
                years:
                  2027:
                    source: 国务院办公厅关于2027年部分节假日安排的通知
                    holidays: [2027-01-01]
                    workdays: []
                """);
        WorkingDays county = WorkingCalendar.forDataFolder(data);
        assertTrue(county.covers(2027));
        assertFalse(county.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertEquals(LocalDate.of(2027, 1, 8), county.periodEnd(LocalDate.of(2026, 12, 31), 6));
        assertTrue(county.version().startsWith(DAYS.version() + "+2027.yaml@2026-11-10"), county.version());
    }

    @Test
    void aMakeUpDayOnAWeekdayIsRefusedNamingTheField(@TempDir Path data) throws IOException {
        Files.createDirectories(data.resolve(WorkingCalendar.FOLDER));
        Files.writeString(data.resolve("calendar/2027.yaml"), """
                version: x
                source: y
                years:
                  2027:
                    source: z
                    holidays: []
                    workdays: [2027-01-04]
                """);
        PolicyException e = assertThrows(PolicyException.class, () -> WorkingCalendar.forDataFolder(data));
        assertEquals("years.2027.workdays", e.field());
    }
}
