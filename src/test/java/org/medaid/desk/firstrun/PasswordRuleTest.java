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
            onlyletters,   firstrun.admin.password.mix
            1234567890,    firstrun.admin.password.mix
            12345678a,     firstrun.admin.password.simple
            abcd1234,      firstrun.admin.password.simple
            qwer4321,      firstrun.admin.password.simple
            aaaa1111,      firstrun.admin.password.simple
            """)
    void administratorPasswordsFollowTheStrengthRule(String password, String expected) {
        assertEquals(expected, PasswordRule.problem("admin", password).orElse(""));
    }
}
