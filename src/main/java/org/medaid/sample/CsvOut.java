package org.medaid.sample;

import java.util.List;
import java.util.stream.Collectors;

/** One CSV line as Excel reads it: cells with a comma, quote or line break are quoted. */
public final class CsvOut {

    private CsvOut() {
    }

    public static String line(List<String> cells) {
        return cells.stream().map(CsvOut::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** A cell as text, never a formula (ADR 0029: {@link org.medaid.model.SpreadsheetText}), quoted when needed. */
    public static String cell(String value) {
        String v = value == null ? "" : org.medaid.model.SpreadsheetText.neutralise(value);
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
