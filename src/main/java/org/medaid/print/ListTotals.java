package org.medaid.print;

import java.math.BigDecimal;
import java.util.List;
import org.medaid.model.Money;

/** The total of a list's amounts, and the line that gives it in figures and in capitals. */
final class ListTotals {

    private ListTotals() {
    }

    static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(Money.ZERO, BigDecimal::add);
    }

    static void capitalsRow(Grid g, FormStyle style, PrintText text, BigDecimal total, int columns) {
        g.strong(text.format("list.capitals", FormStyle.yuan(total), ChineseCapitals.of(total)), columns);
    }
}
