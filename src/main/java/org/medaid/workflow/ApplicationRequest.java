package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the clerk enters to open an application: the person, the bills it is for, the date it was
 * received, the amount asked for, and optionally the household's annual income (潮医保〔2021〕48号 二.8),
 * the bank account (the person's when null) and a note.
 */
public record ApplicationRequest(
        long personId,
        List<Long> billIds,
        LocalDate appliedOn,
        BigDecimal requestedAmount,
        BigDecimal householdIncome,
        String bankAccount,
        String note) {

    public ApplicationRequest {
        billIds = billIds == null ? List.of() : List.copyOf(billIds);
    }
}
