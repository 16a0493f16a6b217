package org.medaid.workflow;

import java.math.BigDecimal;
import java.util.List;

/**
 * Approved cases waiting for payment, with the total and how many still have no bank account; {@code held} approved
 * cases are left off because an objection to them is open (ADR 0077).
 */
public record PayoutList(List<PayoutRow> rows, BigDecimal total, int missingAccounts, int held) {

    public PayoutList {
        rows = List.copyOf(rows);
    }

    public PayoutList(List<PayoutRow> rows, BigDecimal total, int missingAccounts) {
        this(rows, total, missingAccounts, 0);
    }
}
