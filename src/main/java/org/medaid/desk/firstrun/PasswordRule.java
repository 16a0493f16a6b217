package org.medaid.desk.firstrun;

import java.util.Locale;
import java.util.Optional;
import org.medaid.security.PasswordRules;
import org.medaid.users.AuthService;

/**
 * The strength rule of the first run for the administrator's password, stricter than the users service's
 * minimum because this account can do everything: at least {@link AuthService#MIN_PASSWORD_LENGTH}
 * characters, letters and digits both, not the login name, not one character repeated, not a well-known
 * sequence. Returns the bundle key of the first rule broken.
 */
public final class PasswordRule {

    private static final String[] SEQUENCES = {"0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl"};

    private PasswordRule() {
    }

    public static Optional<String> problem(String login, String password) {
        Optional<PasswordRules.Problem> rule = PasswordRules.check(login, password == null ? new char[0] : password.toCharArray());
        if (rule.isPresent()) {
            return Optional.of(switch (rule.get()) {
                case TOO_SHORT -> "firstrun.admin.password.short";
                case COMMON -> "firstrun.admin.password.common";
                case SAME_AS_LOGIN -> "firstrun.admin.password.login";
            });
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (login != null && !login.isBlank() && lower.contains(login.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("firstrun.admin.password.login");
        }
        boolean letters = password.chars().anyMatch(Character::isLetter);
        boolean digits = password.chars().anyMatch(Character::isDigit);
        if (!letters || !digits) {
            return Optional.of("firstrun.admin.password.mix");
        }
        if (password.chars().distinct().count() < 4 || isSequence(lower)) {
            return Optional.of("firstrun.admin.password.simple");
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
