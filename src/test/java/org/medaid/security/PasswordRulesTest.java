package org.medaid.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordRulesTest {

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource(textBlock = """
            password,         TOO_SHORT
            12345678,         TOO_SHORT
            abcdefghi,        TOO_SHORT
            password123,      COMMON
            PASSWORD123,      COMMON
            1234567890,       COMMON
            1qaz2wsx3edc,     COMMON
            woaini1314,       COMMON
            clerkzhang,       SAME_AS_LOGIN
            shimen-village-7, ''
            lanshan2026,      ''
            """)
    void passwordsFollowTheRule(String password, String expected) {
        assertEquals(expected, PasswordRules.check("ClerkZhang", password.toCharArray()).map(Enum::name).orElse(""));
    }
}
