package org.medaid.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Resident ID numbers by GB 11643-1999: six digits of region, eight of birth date, three of sequence
 * (odd 17th digit: male), and a check character computed with ISO 7064 MOD 11-2.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** Checks the number as of today, without looking at the region code. */
    public static IdCheck check(String idNumber) {
        return check(idNumber, LocalDate.now());
    }

    /** Checks length, characters, birth date (real, not after {@code today}) and check character. */
    public static IdCheck check(String idNumber, LocalDate today) {
        String id = idNumber == null ? "" : idNumber.trim().toUpperCase(Locale.ROOT);
        if (id.isEmpty()) {
            return IdCheck.refused(id, IdProblem.EMPTY);
        }
        if (id.length() != 18) {
            return IdCheck.refused(id, IdProblem.LENGTH);
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(id.charAt(i))) {
                return IdCheck.refused(id, IdProblem.CHARACTERS);
            }
        }
        char last = id.charAt(17);
        if (!isAsciiDigit(last) && last != 'X') {
            return IdCheck.refused(id, IdProblem.CHARACTERS);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return IdCheck.refused(id, IdProblem.BIRTH_DATE);
        }
        if (birth.getYear() < 1800) {
            return IdCheck.refused(id, IdProblem.BIRTH_DATE);
        }
        if (birth.isAfter(today)) {
            return IdCheck.refused(id, IdProblem.BIRTH_IN_FUTURE);
        }
        if (checkChar(id.substring(0, 17)) != last) {
            return IdCheck.refused(id, IdProblem.CHECK_DIGIT);
        }
        Sex sex = (id.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new IdCheck(id, null, birth, sex, id.substring(0, 6));
    }

    /** Checks the number and also that its first six digits are a GB/T 2260 code, current or retired. */
    public static IdCheck checkInRegions(String idNumber, LocalDate today, RegionCodes regions) {
        IdCheck check = check(idNumber, today);
        if (check.valid() && regions.find(check.regionCode()).isEmpty()) {
            return new IdCheck(check.normalized(), IdProblem.UNKNOWN_REGION, check.birthDate(), check.sex(),
                    check.regionCode());
        }
        return check;
    }

    /**
     * Builds a valid number from a 6-digit region code, a birth date and a 3-digit sequence (odd: male);
     * used for fictional sample people and tests.
     */
    public static String compose(String region, LocalDate birth, int sequence) {
        if (region.length() != 6 || sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("region " + region + " / sequence " + sequence);
        }
        String first17 = region + String.format(Locale.ROOT, "%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        return first17 + checkChar(first17);
    }

    /** The check character of the first 17 digits (GB 11643-1999 §7.2). */
    public static char checkChar(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 digits, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("not a digit at " + (i + 1) + ": " + c);
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
