package org.medaid.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The quarterly public notice for the village board (邵医保发〔2021〕32号 二(八): 姓名, 村, 救助金额; the ID
 * number masked): who got assistance in the quarter, noticed for 5 working days from {@code from}.
 * {@code basis} is the clause the notice cites; {@code contact} the phone for objections.
 */
public record NoticeListData(String office, int year, int quarter, String basis, LocalDate from, String contact,
        List<Row> rows, LocalDate printedOn) {

    public NoticeListData {
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
