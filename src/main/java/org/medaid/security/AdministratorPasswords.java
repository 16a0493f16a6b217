package org.medaid.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The strength rule of the first administrator's password, whichever way the first start goes (the first-run
 * wizard, or the login window of a data folder without users), stricter than {@link PasswordRules} because
 * this account can do everything: that rule, and not holding the login name, letters and digits both, at
 * least four different characters, not a well-known sequence (ADR 0033, 0078).
 */
public final class AdministratorPasswords {

    /** Why an administrator's password was refused, in the order the rules are checked. */
    public enum Problem { TOO_SHORT, COMMON, HOLDS_LOGIN, NO_MIX, SIMPLE }

    private static final String[] SEQUENCES = {"0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl"};

    private AdministratorPasswords() {
    }

    public static Optional<Problem> check(String login, String password) {
        String pw = password == null ? "" : password;
        Optional<PasswordRules.Problem> rule = PasswordRules.check(login, pw.toCharArray());
        if (rule.isPresent()) {
            return Optional.of(switch (rule.get()) {
                case TOO_SHORT -> Problem.TOO_SHORT;
                case COMMON -> Problem.COMMON;
                case SAME_AS_LOGIN -> Problem.HOLDS_LOGIN;
            });
        }
        String lower = pw.toLowerCase(Locale.ROOT);
        if (login != null && !login.isBlank() && lower.contains(login.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.HOLDS_LOGIN);
        }
        boolean letters = pw.chars().anyMatch(Character::isLetter);
        boolean digits = pw.chars().anyMatch(Character::isDigit);
        if (!letters || !digits) {
            return Optional.of(Problem.NO_MIX);
        }
        if (pw.chars().distinct().count() < 4 || isSequence(lower)) {
            return Optional.of(Problem.SIMPLE);
        }
        return Optional.empty();
    }

    /** The letters and the digits each run along a keyboard or the alphabet (abcd1234, qwer1234). */
    private static boolean isSequence(String lower) {
        String letters = lower.replaceAll("[^a-z]", "");
        String digits = lower.replaceAll("[^0-9]", "");
        return runs(letters) && runs(digits);
    }

    private static boolean runs(String part) {
        if (part.length() < 3) {
            return true;
        }
        for (String s : SEQUENCES) {
            if (s.contains(part) || new StringBuilder(s).reverse().toString().contains(part)) {
                return true;
            }
        }
        return false;
    }
}
