package org.medaid.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The quarterly public notice for the village board (邵医保发〔2021〕32号 三(八): 姓名, 村, 救助金额; the ID
 * number masked): who got assistance in the quarter, noticed for {@code days} working days (the procedure's,
 * ADR 0038) from {@code from}.
 * {@code basis} is the clause the notice cites; {@code contact} the phone for objections.
 */
public record NoticeListData(String office, int year, int quarter, String basis, LocalDate from, String contact,
        List<Row> rows, LocalDate printedOn, int days) {

    /** The notice of 邵医保发〔2021〕32号 三(八): 5 working days. */
    public NoticeListData(String office, int year, int quarter, String basis, LocalDate from, String contact, List<Row> rows,
            LocalDate printedOn) {
        this(office, year, quarter, basis, from, contact, rows, printedOn, 5);
    }

    public NoticeListData {
        if (days < 1) {
            throw new IllegalArgumentException("a notice lasts at least one working day: " + days);
        }
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(printedOn, "printedOn");
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** One person on the notice. */
    public record Row(String name, String idNumber, String village, BigDecimal amount) {

        public Row {
            Objects.requireNonNull(amount, "amount");
        }
    }
}
