package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the quarterly public notice (公示名单): never the full ID number. */
public record NoticeRow(long applicationId, String name, String township, String village, String maskedIdNumber,
        BigDecimal amount, LocalDate approvedOn) {

    /**
     * Keeps the first and last four characters (4305**********1234), as the print package's
     * {@code IdDisplay.MASKED} prints it: the full number never leaves the database for a posted list.
     */
    static String mask(String idNumber) {
        String id = idNumber.strip();
        if (id.length() <= 8) {
            return "*".repeat(Math.max(0, id.length() - 1)) + id.substring(Math.max(0, id.length() - 1));
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }
}
