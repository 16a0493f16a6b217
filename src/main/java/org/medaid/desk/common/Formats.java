package org.medaid.desk.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.medaid.model.Money;

/** How the desk writes dates and money: 2024-03-01 and 1,234.00 in both languages. */
public final class Formats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Accepts 2024-03-01, 2024/3/1, 2024.3.1 and 20240301; empty when it is not a real date. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            if (t.matches("\\d{8}")) {
                return Optional.of(LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
                        Integer.parseInt(t.substring(6))));
            }
            String[] p = t.split("[-/.年月日]");
            if (p.length == 3) {
                return Optional.of(LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
            }
            return Optional.of(LocalDate.parse(t, DATE));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static String money(BigDecimal amount) {
        return amount == null ? "" : Money.format(amount);
    }
}
