package org.medaid.users;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UserMessagesTest {

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @ParameterizedTest
    @EnumSource(UserProblem.class)
    void everyProblemHasAChineseAndAnEnglishMessage(UserProblem p) {
        UserException e = new UserException(p, "detail");
        assertTrue(hasHan(e.message(Locale.SIMPLIFIED_CHINESE)));
        assertFalse(hasHan(e.message(Locale.ENGLISH)));
    }

    @ParameterizedTest
    @EnumSource(org.medaid.session.Role.class)
    void everyRoleHasAName(org.medaid.session.Role r) {
        assertTrue(hasHan(r.label(Locale.SIMPLIFIED_CHINESE)));
        assertFalse(hasHan(r.label(Locale.ENGLISH)));
    }
}
