package org.medaid.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal numbers in text bound for a log or a support bundle (ADR 0040): an 18-character resident
 * ID number keeps its 6-digit region code, the rest becomes {@code *}; any other run of 12 or more digits
 * (a bank account, also written in groups with single spaces or dashes) keeps only its last 4 digits.
 */
public final class Masking {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{11}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9])\\d(?:[ -]?\\d){11,}(?![0-9])");

    private Masking() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String ids = ID_NUMBER.matcher(text).replaceAll("$1************");
        Matcher m = DIGIT_RUN.matcher(ids);
        StringBuilder out = new StringBuilder(ids.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(maskRun(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every digit but the last four becomes {@code *}; separators stay where they were. */
    private static String maskRun(String run) {
        int digits = 0;
        for (int i = 0; i < run.length(); i++) {
            digits += Character.isDigit(run.charAt(i)) ? 1 : 0;
        }
        StringBuilder b = new StringBuilder(run.length());
        int seen = 0;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (Character.isDigit(c)) {
                seen++;
                b.append(seen > digits - 4 ? c : '*');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
