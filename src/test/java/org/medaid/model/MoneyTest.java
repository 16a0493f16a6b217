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
