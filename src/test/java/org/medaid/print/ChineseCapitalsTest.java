package org.medaid.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The conventions of ADR 0015 (支付结算办法 附一), case by case. */
class ChineseCapitalsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # whole yuan: 整 after 元
            0            | 零元整
            1            | 壹元整
            9            | 玖元整
            10           | 壹拾元整
            15           | 壹拾伍元整
            110          | 壹佰壹拾元整
            12350.00     | 壹万贰仟叁佰伍拾元整
            # 零 placement: one 零 for a run of zeros between non-zero digits
            101          | 壹佰零壹元整
            1005         | 壹仟零伍元整
            1050         | 壹仟零伍拾元整
            10005        | 壹万零伍元整
            100500       | 壹拾万零伍佰元整
            107000       | 壹拾万零柒仟元整
            1001000      | 壹佰万零壹仟元整
            1050000      | 壹佰零伍万元整
            1010101.01   | 壹佰零壹万零壹佰零壹元零壹分
            # sections 万 and 亿
            10000        | 壹万元整
            1000000      | 壹佰万元整
            100000000    | 壹亿元整
            100000001    | 壹亿零壹元整
            100010000    | 壹亿零壹万元整
            1000010000   | 壹拾亿零壹万元整
            120000000    | 壹亿贰仟万元整
            999999999999.99 | 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分
            # 角 and 分: nothing after 角 or 分; 零 after 元 when 角 is zero
            0.50         | 伍角
            0.05         | 伍分
            0.55         | 伍角伍分
            0.01         | 壹分
            10.05        | 壹拾元零伍分
            325.04       | 叁佰贰拾伍元零肆分
            16409.02     | 壹万陆仟肆佰零玖元零贰分
            1680.32      | 壹仟陆佰捌拾元零叁角贰分
            1.50         | 壹元伍角
            100.50       | 壹佰元零伍角
            107000.53    | 壹拾万零柒仟元零伍角叁分
            8855.00      | 捌仟捌佰伍拾伍元整
            8795.1       | 捌仟柒佰玖拾伍元壹角
            """)
    void writesCapitalsByTheBankRules(String amount, String expected) {
        assertEquals(expected, ChineseCapitals.of(new BigDecimal(amount)));
    }

    @Test
    void refusesNegativeAmounts() {
        assertThrows(IllegalArgumentException.class, () -> ChineseCapitals.of(new BigDecimal("-0.01")));
    }

    @Test
    void refusesMoreThanTwoDecimals() {
        assertThrows(IllegalArgumentException.class, () -> ChineseCapitals.of(new BigDecimal("1.005")));
    }

    @Test
    void acceptsTrailingZerosBeyondTwoDecimals() {
        assertEquals("壹元伍角", ChineseCapitals.of(new BigDecimal("1.5000")));
    }

    @Test
    void refusesAmountsOfWanYiAndAbove() {
        assertThrows(IllegalArgumentException.class, () -> ChineseCapitals.of(new BigDecimal("1000000000000")));
    }
}
