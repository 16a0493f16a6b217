package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the payout list for the bank: full ID number and account ({@code bankAccount} null: still missing). */
public record PayoutRow(long applicationId, long version, String name, String idNumber, String bankAccount, BigDecimal amount,
        String township, String village, LocalDate approvedOn) {
}
