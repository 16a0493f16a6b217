package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the payout list for the bank: full ID number and account ({@code bankAccount} null: still missing),
 * the bank's name as fixed at approval (the person's current one for cases approved before it was recorded;
 * null: not recorded), the case's date of application for its number.
 */
public record PayoutRow(long applicationId, long version, String name, String idNumber, String bankAccount, BigDecimal amount,
        String township, String village, LocalDate approvedOn, String bankName, LocalDate appliedOn) {

    /** The case number the screens and forms print: the year applied and the id, 2024-0007. */
    public String caseNumber() {
        return String.format("%d-%04d", appliedOn.getYear(), applicationId);
    }
}
