package org.medaid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
        0,            0.00
        0.05,         0.05
        0.005,        0.01
        0.004,        0.00
        12.5,         12.50
        999.99,       999.99
        1000,         '1,000.00'
        25000,        '25,000.00'
        123456.785,   '123,456.79'
        1234567.1,    '1,234,567.10'
        -1234.5,      '-1,234.50'
        -0.5,         -0.50
        """)
    void formatsWithGroupingAndTwoDecimalsRoundedHalfUp(String value, String printed) {
        assertEquals(printed, Money.format(new BigDecimal(value)));
    }

    /** The hand-written format against DecimalFormat (#,##0.00, half-up) on random amounts of every size and scale. */
    @org.junit.jupiter.api.Test
    void formatsAsDecimalFormatDoesForAnyAmount() {
        java.text.DecimalFormat reference = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        reference.setRoundingMode(java.math.RoundingMode.HALF_UP);
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            int digits = 1 + rnd.nextInt(i % 10 == 0 ? 30 : 12);
            StringBuilder unscaled = new StringBuilder(rnd.nextInt(4) == 0 ? "-" : "");
            for (int d = 0; d < digits; d++) {
                unscaled.append((char) ('0' + rnd.nextInt(10)));
            }
            BigDecimal value = new BigDecimal(new java.math.BigInteger(unscaled.toString()), rnd.nextInt(7) - 2);
            String expected = reference.format(value);
            if (expected.startsWith("-") && value.setScale(2, java.math.RoundingMode.HALF_UP).signum() == 0) {
                expected = expected.substring(1); // DecimalFormat prints -0.00; the slips never did
            }
            StringBuilder appended = new StringBuilder("x");
            Money.appendFormatted(appended, value);
            assertEquals(expected, Money.format(value), value.toString());
            assertEquals("x" + expected, appended.toString(), value.toString());
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        0.65,  65%
        0.055, 5.5%
        1.00,  100%
        0,     0%
        """)
    void printsRatesAsPercent(String rate, String printed) {
        assertEquals(printed, Money.percent(new BigDecimal(rate)));
    }
}
