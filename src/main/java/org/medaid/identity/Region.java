package org.medaid.identity;

/**
 * A GB/T 2260 administrative code: its own name, the full name shown to clerks (邵阳市隆回县), the month of the
 * first list holding it ({@code since}, null when added after the bundled lists) and, for a retired code, the month
 * of the first list without it ({@code until}; {@code "unconfirmed"} when the sources give no month) and the code that
 * replaced it (430521 邵东县 → 430582 邵东市). An ID number issued under a retired code stays valid.
 */
public record Region(String code, String name, String fullName, boolean retired, String successor, String since,
        String until) {

    /** A county-level code (not a province xx0000 nor a city xxxx00). */
    public boolean county() {
        return !code.endsWith("00");
    }
}
