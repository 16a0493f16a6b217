package org.medaid.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The one table of input limits (ADR 0029), read by the forms, the list importer, the case-file reader and
 * checked against the schema by a test: amounts 0 to 99,999,999.99 with at most two decimals, dates
 * 1900-01-01 to 2099-12-31, years 1900 to 2099, and the length of every text column ({@link TextLimit}).
 * Amount text is refused before any arithmetic: no exponent, at most 8 integer digits and 2 decimals.
 */
public final class Limits {

    public static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");
    public static final int MAX_INTEGER_DIGITS = 8;
    public static final int MAX_DECIMALS = 2;
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX_DATE = LocalDate.of(2099, 12, 31);
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2099;
    /** Longest amount text looked at: anything longer is refused unread. */
    private static final int MAX_AMOUNT_TEXT = 20;

    /** Why a value breaks a limit; the screens and the importer word it from these. */
    public enum Breach { NOT_AN_AMOUNT, EXPONENT, TOO_MANY_DECIMALS, NEGATIVE, TOO_LARGE, DATE_OUT_OF_RANGE, YEAR_OUT_OF_RANGE,
        TOO_LONG }

    private Limits() {
    }

    /**
     * Reads amount text as typed or imported ("1234.5", " 1,234.50 "): plain digits only, grouping commas
     * allowed. An exponent, a sign, more than 8 integer digits or 2 decimals is a breach, found by looking at
     * the characters only, never by computing with the number.
     */
    public static Optional<Breach> amountText(String text) {
        if (text == null) {
            return Optional.of(Breach.NOT_AN_AMOUNT);
        }
        String t = text.strip();
        if (t.length() > MAX_AMOUNT_TEXT + 10) {
            return Optional.of(Breach.TOO_LARGE);
        }
        t = t.replace(",", "");
        if (t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
            return Optional.of(Breach.EXPONENT);
        }
        if (t.startsWith("-")) {
            return Optional.of(Breach.NEGATIVE);
        }
        if (!t.matches("\\+?\\d*(\\.\\d*)?") || t.replace("+", "").replace(".", "").isEmpty()) {
            return Optional.of(Breach.NOT_AN_AMOUNT);
        }
        String digits = t.replace("+", "");
        int dot = digits.indexOf('.');
        String whole = (dot < 0 ? digits : digits.substring(0, dot)).replaceFirst("^0+(?=\\d)", "");
        String fraction = dot < 0 ? "" : digits.substring(dot + 1).replaceFirst("0+$", "");
        if (whole.length() > MAX_INTEGER_DIGITS) {
            return Optional.of(Breach.TOO_LARGE);
        }
        if (fraction.length() > MAX_DECIMALS) {
            return Optional.of(Breach.TOO_MANY_DECIMALS);
        }
        return Optional.empty();
    }

    /** The amount of {@code text}, which must have passed {@link #amountText}. */
    public static BigDecimal parseAmount(String text) {
        return new BigDecimal(text.strip().replace(",", "").replace("+", ""));
    }

    /**
     * An amount already held as a number (a JSON number): judged by its precision and scale only, so that
     * {@code 1e999999999} or {@code 1e-999999999} is refused without a digit being computed.
     */
    public static Optional<Breach> amount(BigDecimal value) {
        if (value.signum() < 0) {
            return Optional.of(Breach.NEGATIVE);
        }
        if (value.signum() == 0) {
            return Optional.empty();
        }
        // integer digits = precision - scale; computed in long so that extreme scales cannot overflow
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return Optional.of(Breach.TOO_LARGE);
        }
        if (value.scale() > MAX_DECIMALS) {
            if ((long) value.scale() - value.precision() > MAX_DECIMALS) {
                return Optional.of(Breach.TOO_MANY_DECIMALS); // 0.000…01: nothing to strip
            }
            if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
                return Optional.of(Breach.TOO_MANY_DECIMALS);
            }
        }
        return Optional.empty();
    }

    public static Optional<Breach> date(LocalDate date) {
        return date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE) ? Optional.of(Breach.DATE_OUT_OF_RANGE) : Optional.empty();
    }

    public static Optional<Breach> year(long year) {
        return year < MIN_YEAR || year > MAX_YEAR ? Optional.of(Breach.YEAR_OUT_OF_RANGE) : Optional.empty();
    }

    public static Optional<Breach> text(TextLimit column, String value) {
        return value != null && value.length() > column.length() ? Optional.of(Breach.TOO_LONG) : Optional.empty();
    }

    /** The breach in English for the command line and the log, e.g. "more than 2 decimals". */
    public static String describe(Breach breach) {
        return switch (breach) {
            case NOT_AN_AMOUNT -> "not an amount";
            case EXPONENT -> "an exponent is not accepted; write the amount in digits";
            case TOO_MANY_DECIMALS -> "more than two decimals";
            case NEGATIVE -> "below zero";
            case TOO_LARGE -> "above the largest amount " + MAX_AMOUNT.toPlainString();
            case DATE_OUT_OF_RANGE -> "outside " + MIN_DATE + " to " + MAX_DATE;
            case YEAR_OUT_OF_RANGE -> "outside the years " + MIN_YEAR + " to " + MAX_YEAR;
            case TOO_LONG -> "too long";
        };
    }
}
