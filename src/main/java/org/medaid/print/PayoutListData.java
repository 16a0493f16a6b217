package org.medaid.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The payout list handed to the bank (医疗救助资金拨付明细表): each payee with the full ID number and
 * account, the total in figures and in capitals, and who made and checked the list; {@code held} approved cases
 * left off while an objection to them is open (ADR 0077), said under the table so the office knows they exist.
 */
public record PayoutListData(String office, String batch, String payingBank, List<Row> rows, String preparedBy,
        String checkedBy, LocalDate printedOn, int held) {

    public PayoutListData {
        Objects.requireNonNull(printedOn, "printedOn");
        rows = rows == null ? List.of() : List.copyOf(rows);
        if (held < 0) {
            throw new IllegalArgumentException("held " + held);
        }
    }

    public PayoutListData(String office, String batch, String payingBank, List<Row> rows, String preparedBy,
            String checkedBy, LocalDate printedOn) {
        this(office, batch, payingBank, rows, preparedBy, checkedBy, printedOn, 0);
    }

    /** One payment. */
    public record Row(String name, String idNumber, String bank, String account, BigDecimal amount) {

        public Row {
            Objects.requireNonNull(amount, "amount");
        }
    }
}
