package org.medaid.security;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The recovery code (恢复码) printed at first run: 25 characters of Crockford's base-32 alphabet (125
 * random bits) in five groups, so an administrator can type it from paper. Reading it forgives case,
 * spaces, dashes and the look-alikes O/0 and I/L/1.
 */
public final class RecoveryCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 25;
    /** The keyring entry the code's wrapped key lives under. */
    public static final String ENTRY = "(recovery)";

    private RecoveryCode() {
    }

    /** A new code, grouped for paper: {@code XXXXX-XXXXX-XXXXX-XXXXX-XXXXX}. */
    public static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                b.append('-');
            }
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** The code as it is wrapped: upper case, no separators, look-alikes folded. */
    public static char[] normalize(String typed) {
        String s = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return s.toCharArray();
    }

    /** Whether {@code typed} has the shape of a code (the right length and alphabet once normalised). */
    public static boolean looksValid(String typed) {
        char[] n = normalize(typed);
        if (n.length != LENGTH) {
            return false;
        }
        for (char c : n) {
            if (ALPHABET.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
