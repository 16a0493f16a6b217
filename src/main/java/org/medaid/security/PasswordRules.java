package org.medaid.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

/**
 * The password rule of every user (ADR 0033), checked with Passay rather than by hand: at least
 * {@value #MIN_LENGTH} characters, not on the list of common passwords (compared without case), and
 * not the login name itself. The first rule broken is returned; the screen says it in Chinese.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    private static final int MAX_LENGTH = 128;

    /** Why a password was refused. */
    public enum Problem { TOO_SHORT, COMMON, SAME_AS_LOGIN }

    private static final PasswordValidator LENGTH = new PasswordValidator(new LengthRule(MIN_LENGTH, MAX_LENGTH));
    private static final PasswordValidator COMMON = new PasswordValidator(new DictionaryRule(
            new WordListDictionary(new ArrayWordList(commonPasswords(), false, new ArraysSort()))));

    private PasswordRules() {
    }

    public static Optional<Problem> check(String login, char[] password) {
        String pw = password == null ? "" : new String(password);
        if (!LENGTH.validate(new PasswordData(pw)).isValid()) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (!COMMON.validate(new PasswordData(pw.toLowerCase(Locale.ROOT))).isValid()) {
            return Optional.of(Problem.COMMON);
        }
        String name = login == null ? "" : login.strip();
        if (!name.isEmpty() && pw.equalsIgnoreCase(name)) {
            return Optional.of(Problem.SAME_AS_LOGIN);
        }
        return Optional.empty();
    }

    private static String[] commonPasswords() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the program");
            }
            List<String> words = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).distinct().toList();
            return words.toArray(String[]::new);
        } catch (IOException e) {
            throw new IllegalStateException("common-passwords.txt cannot be read", e);
        }
    }
}
