package org.medaid.desk.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordRuleTest {

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource(textBlock = """
            lanshan2026,   ''
            yinan#7q2w,    ''
            short1,        firstrun.admin.password.short
            adminadmin1,   firstrun.admin.password.login
            xyadmin2026,   firstrun.admin.password.login
            12345678a,     firstrun.admin.password.short
            onlyletters,   firstrun.admin.password.mix
            1234567890,    firstrun.admin.password.common
            Password123,   firstrun.admin.password.common
            woaini1314,    firstrun.admin.password.common
            8765432109,    firstrun.admin.password.mix
            abcde12345,    firstrun.admin.password.simple
            qwert54321,    firstrun.admin.password.simple
            aaaaa11111,    firstrun.admin.password.simple
            """)
    void administratorPasswordsFollowTheStrengthRule(String password, String expected) {
        assertEquals(expected, PasswordRule.problem("admin", password).orElse(""));
    }
}
