package org.medaid.desk.bills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medaid.desk.common.MoneyText;

/** Money as the clerk types it (12345.6, 12,345.6, ¥12345.60) and as the screens show it (12,345.60). */
class MoneyTextTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            12345.6,     12345.6,  '12,345.60'
            '12,345.6',  12345.6,  '12,345.60'
            ¥12345.60,   12345.60, '12,345.60'
            ' 800 ',     800,      '800.00'
            0.5,         0.5,      '0.50'
            """)
    void typedAmountsAreReadAndShownWithTwoPlaces(String typed, String value, String shown) {
        assertEquals(Optional.of(new BigDecimal(value)), MoneyText.parse(typed));
        assertEquals(shown, MoneyText.tidy(typed));
    }

    @ParameterizedTest
    @CsvSource({"1O0", "12.3.4", "abc", "--5"})
    void textThatIsNotMoneyStaysAsTypedSoItsMessageCanPointAtIt(String typed) {
        assertTrue(MoneyText.invalid(typed));
        assertEquals(typed, MoneyText.tidy(typed));
    }

    @ParameterizedTest
    @CsvSource({"12.345"})
    void aThirdDecimalIsNotRoundedAwayButLeftForTheValidator(String typed) {
        assertEquals(Optional.of(new BigDecimal("12.345")), MoneyText.parse(typed));
        assertEquals(typed, MoneyText.tidy(typed));
    }
}
