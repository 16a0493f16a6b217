package org.medaid.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdministratorPasswordsTest {

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource(textBlock = """
            lanshan2026,   ''
            yinan#7q2w,    ''
            short1,        TOO_SHORT
            adminadmin1,   HOLDS_LOGIN
            xyadmin2026,   HOLDS_LOGIN
            12345678a,     TOO_SHORT
            onlyletters,   NO_MIX
            1234567890,    COMMON
            Password123,   COMMON
            woaini1314,    COMMON
            8765432109,    NO_MIX
            abcde12345,    SIMPLE
            qwert54321,    SIMPLE
            aaaaa11111,    SIMPLE
            """)
    void administratorPasswordsFollowTheStrengthRule(String password, String expected) {
        assertEquals(expected, AdministratorPasswords.check("admin", password).map(Enum::name).orElse(""));
    }
}
