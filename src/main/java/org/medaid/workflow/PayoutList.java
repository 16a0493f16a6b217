package org.medaid.workflow;

import java.math.BigDecimal;
import java.util.List;

/** Approved cases waiting for payment, with the total and how many still have no bank account. */
public record PayoutList(List<PayoutRow> rows, BigDecimal total, int missingAccounts) {

    public PayoutList {
        rows = List.copyOf(rows);
    }
}
