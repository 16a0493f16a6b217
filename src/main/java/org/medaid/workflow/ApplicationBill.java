package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A bill of an application with the amounts the ledger computed when the application was made
 * ({@code otherRelief}: hospital reduction and 2019 fallback together; {@code flags}: the calculator's flag codes).
 */
public record ApplicationBill(
        long billId,
        long billVersion,
        LocalDate settlementDate,
        String hospitalName,
        BigDecimal total,
        BigDecimal compliant,
        BigDecimal basic,
        BigDecimal criticalIllness,
        BigDecimal assistance,
        BigDecimal reAssistance,
        BigDecimal otherRelief,
        BigDecimal selfPay,
        List<String> flags) {

    public ApplicationBill {
        flags = List.copyOf(flags);
    }
}
