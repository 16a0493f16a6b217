package org.medaid.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            person 37130219800101123X saved             | person 371302************ saved
            id=371302198001011234,                      | id=371302************,
            pay to 6222999988887777666 now              | pay to ***************7666 now
            account 6222 9999 8888 7777 666             | account **** **** **** ***7 666
            account 6222-9999-8888-7777                 | account ****-****-****-7777
            bill 12345 on 2026-12-02 06:27:02 line 1234  | bill 12345 on 2026-12-02 06:27:02 line 1234
            at org.medaid.Foo.bar(Foo.java:123)          | at org.medaid.Foo.bar(Foo.java:123)
            short 12345678901 stays                      | short 12345678901 stays
            """)
    void masksIdNumbersAndAccountsOnly(String text, String masked) {
        assertEquals(masked, Masking.mask(text));
    }

    @org.junit.jupiter.api.Test
    void emptyAndNullPassThrough() {
        assertEquals("", Masking.mask(""));
        assertEquals(null, Masking.mask(null));
    }
}
