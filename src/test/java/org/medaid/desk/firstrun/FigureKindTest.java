package org.medaid.desk.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureKindTest {

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(textBlock = """
            basic.table[1].rate,                              RATE
            basic.remoteFirstSelfPay.IN_PROVINCE,             RATE
            premium.groups[2].share,                          RATE
            reAssistance.topUp.targetRatio.INPATIENT,         RATE
            criticalIllness.tracks[0].groups[1].cap,          AMOUNT
            basic.table[0].deductible,                        AMOUNT
            premium.contribution.2024,                        AMOUNT
            """)
    void aFiguresPlaceInThePolicyFileSaysWhatItIs(String name, FigureKind kind) {
        assertEquals(kind, FigureKind.of(name));
    }

    @ParameterizedTest(name = "rate typed {0} is {1}")
    @CsvSource(textBlock = """
            80,      0.8
            80%,     0.8
            '  75 ', 0.75
            82.5,    0.825
            100,     1
            0,       0
            """)
    void ratesAreTypedAsPercentages(String typed, BigDecimal expected) {
        assertEquals(0, expected.compareTo(FigureKind.RATE.parse(typed).orElseThrow()));
    }

    @ParameterizedTest(name = "rate typed ''{0}'' is refused")
    @CsvSource(textBlock = """
            101
            abc
            -5
            ''
            8.12345
            """)
    void ratesOutsideZeroToAHundredAreRefused(String typed) {
        assertEquals(java.util.Optional.empty(), FigureKind.RATE.parse(typed));
    }

    @ParameterizedTest(name = "amount typed {0} is {1}")
    @CsvSource(textBlock = """
            300000,          300000
            '300,000',       300000
            '300，000元',    300000
            1500.50,         1500.50
            """)
    void amountsAreYuanWithAtMostTwoDecimals(String typed, BigDecimal expected) {
        assertEquals(0, expected.compareTo(FigureKind.AMOUNT.parse(typed).orElseThrow()));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1500.505
            12x
            """)
    void amountsWithFractionsOfAFenAreRefused(String typed) {
        assertEquals(java.util.Optional.empty(), FigureKind.AMOUNT.parse(typed));
    }

    @ParameterizedTest(name = "{0} {1} shows as {2}")
    @CsvSource(textBlock = """
            RATE,   0.75,    75%
            RATE,   0.825,   82.5%
            AMOUNT, 400000,  '400,000'
            AMOUNT, 1500.5,  '1,500.50'
            """)
    void figuresShowAsTheClerkReadsThem(FigureKind kind, BigDecimal value, String shown) {
        assertEquals(shown, kind.format(value));
    }
}
