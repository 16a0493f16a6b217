package org.medaid.model;

/**
 * Cells the desk writes into CSV or XLSX files are text, never formulas (ADR 0029): a value beginning with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which
 * Excel and WPS show as text and do not evaluate (OWASP's advice against CSV injection).
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
