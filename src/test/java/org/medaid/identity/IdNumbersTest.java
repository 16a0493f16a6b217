package org.medaid.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    /** The examples printed with GB 11643-1999 and in common use for it. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            11010519491231002X, 1949-12-31, FEMALE, 110105
            440524188001010014, 1880-01-01, MALE,   440524
            """)
    void publishedTestVectorsAreValid(String id, LocalDate birth, Sex sex, String region) {
        IdCheck check = IdNumbers.check(id, TODAY);
        assertTrue(check.valid(), () -> "problem " + check.problem());
        assertEquals(birth, check.birthDate());
        assertEquals(sex, check.sex());
        assertEquals(region, check.regionCode());
    }

    @Test
    void checkCharacterOfPublishedVectors() {
        assertEquals('X', IdNumbers.checkChar("11010519491231002"));
        assertEquals('4', IdNumbers.checkChar("44052418800101001"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            11010519491231003X
            11010519491231002Y
            11010519491231002 0
            440524188001010015
            440524188001010024
            540524188001010014
            """)
    void changingOneCharacterIsCaught(String id) {
        assertFalse(IdNumbers.check(id.replace(" ", ""), TODAY).valid());
    }

    @Test
    void everySingleDigitChangeBreaksTheCheckCharacter() {
        String good = "440524188001010014";
        for (int i = 0; i < 17; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == good.charAt(i)) {
                    continue;
                }
                String bad = good.substring(0, i) + d + good.substring(i + 1);
                IdCheck check = IdNumbers.check(bad, TODAY);
                assertFalse(check.valid(), bad);
            }
        }
    }

    @Test
    void wrongCheckDigitHasItsOwnReason() {
        assertEquals(IdProblem.CHECK_DIGIT, IdNumbers.check("440524188001010015", TODAY).problem());
    }

    @Test
    void lowercaseXIsAcceptedAndNormalized() {
        IdCheck check = IdNumbers.check(" 11010519491231002x ", TODAY);
        assertTrue(check.valid());
        assertEquals("11010519491231002X", check.normalized());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '',                      EMPTY
            1101051949123100,        LENGTH
            1101051949123100211,     LENGTH
            11010519491231A02X,      CHARACTERS
            110105194912310020,      CHECK_DIGIT
            110105194902300021,      BIRTH_DATE
            110105203001010021,      BIRTH_IN_FUTURE
            """)
    void refusalsCarryAMachineReason(String id, IdProblem expected) {
        assertEquals(expected, IdNumbers.check(id, TODAY).problem());
    }

    @Test
    void leapDayIsARealBirthDate() {
        String first17 = "43052420000229001";
        IdCheck check = IdNumbers.check(first17 + IdNumbers.checkChar(first17), TODAY);
        assertTrue(check.valid());
        assertEquals(LocalDate.of(2000, 2, 29), check.birthDate());
        assertEquals(Sex.MALE, check.sex());
    }

    @Test
    void aCodeOutsideGbt2260IsRefusedOnlyByTheRegionCheck() {
        String first17 = "99999919491231002";
        String id = first17 + IdNumbers.checkChar(first17);
        assertEquals(IdProblem.UNKNOWN_REGION, IdNumbers.checkInRegions(id, TODAY, RegionCodes.bundled()).problem());
        assertNull(IdNumbers.check(id, TODAY).problem());
        // ADR 0066: an ID issued anywhere in the country is valid; the policy follows the person's 户籍, not the ID
        assertNull(IdNumbers.checkInRegions("11010519491231002X", TODAY, RegionCodes.bundled()).problem());
    }

    @Test
    void everyReasonHasAChineseMessage() {
        for (IdProblem p : IdProblem.values()) {
            String zh = p.message(java.util.Locale.SIMPLIFIED_CHINESE);
            assertTrue(zh.chars().anyMatch(c -> c >= 0x4e00), p + ": " + zh);
            assertFalse(p.message(java.util.Locale.ENGLISH).chars().anyMatch(c -> c >= 0x4e00), p.name());
        }
    }
}
