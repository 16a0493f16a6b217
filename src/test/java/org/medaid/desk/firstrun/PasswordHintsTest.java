package org.medaid.desk.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.medaid.desk.common.Texts;
import org.medaid.security.AdministratorPasswords;
import org.medaid.security.PasswordRules;

/**
 * What the screens say of passwords is the rule the desk applies: the first-run wizard told the administrator
 * "at least 8" while the rule refuses anything under 10.
 */
class PasswordHintsTest {

    private static final List<String> KEYS = List.of("firstrun.admin.rule", "recoveryLogin.rules", "users.pickAndType",
            "password.problem.TOO_SHORT");

    @Test
    void everyHintNamesTheLengthTheRuleAsks() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Texts text = Texts.load(locale);
            for (String key : KEYS) {
                String hint = text.get(key);
                Matcher n = Pattern.compile("(\\d+)").matcher(hint);
                boolean named = false;
                while (n.find()) {
                    int value = Integer.parseInt(n.group(1));
                    if (value < 32 && value != 2) { // 2 to 32: the login name's length, in recoveryLogin.rules
                        assertEquals(PasswordRules.MIN_LENGTH, value, locale + " " + key + ": " + hint);
                        named = true;
                    }
                }
                assertTrue(named, locale + " " + key + " names no length: " + hint);
            }
        }
    }

    @Test
    void theWizardsExampleOfASimplePasswordIsRefusedAsSimple() {
        assertEquals(Optional.of(AdministratorPasswords.Problem.SIMPLE), AdministratorPasswords.check("admin", "abcde12345"));
    }
}
