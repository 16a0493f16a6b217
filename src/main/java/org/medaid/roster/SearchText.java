package org.medaid.roster;

import java.util.Locale;

/**
 * What the clerk typed in the roster's search box, read as one kind of search (ADR 0007):
 * 18 characters of ID number: that number; 9–17 digits: the start of an ID number; 4–8 digits (an X
 * may end them): the last digits of an ID number; fewer digits: nothing yet; Latin letters: pinyin
 * initials (zs); anything else: a name prefix, and from two characters on also a village prefix (石门 → 石门村).
 */
record SearchText(Kind kind, String value) {

    enum Kind { ALL, NONE, ID_EXACT, ID_PREFIX, ID_SUFFIX, INITIALS, CHINESE }

    /** Fewest trailing digits that count as a search for the end of an ID number. */
    static final int MIN_LAST_DIGITS = 4;
    private static final int MAX_LAST_DIGITS = 8;

    static SearchText of(String typed) {
        String t = typed == null ? "" : typed.strip().replace(" ", "");
        if (t.isEmpty()) {
            return new SearchText(Kind.ALL, "");
        }
        String upper = t.toUpperCase(Locale.ROOT);
        if (upper.matches("[0-9]+X?")) {
            int n = upper.length();
            if (n == 18) {
                return new SearchText(Kind.ID_EXACT, upper);
            }
            if (n < MIN_LAST_DIGITS || n > 18) {
                return new SearchText(Kind.NONE, upper);
            }
            if (n <= MAX_LAST_DIGITS || upper.endsWith("X")) {
                return new SearchText(Kind.ID_SUFFIX, upper);
            }
            return new SearchText(Kind.ID_PREFIX, upper);
        }
        if (t.matches("[A-Za-z]+")) {
            return new SearchText(Kind.INITIALS, t.toLowerCase(Locale.ROOT));
        }
        return new SearchText(Kind.CHINESE, t);
    }
}
