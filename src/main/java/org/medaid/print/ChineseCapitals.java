package org.medaid.print;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Amounts in Chinese financial capitals (中文大写金额), as 中国人民银行《支付结算办法》附一
 * 《正确填写票据和结算凭证的基本规定》 asks, with the choices of ADR 0015:
 * <ul>
 * <li>整 after 元 when there are no 角 or 分; nothing after 角 (伍角) or 分;</li>
 * <li>one 零 for every run of zeros between two non-zero digits, across 万/亿 sections and from 元 into 角
 *     (1005 壹仟零伍元整, 100500 壹拾万零伍佰元整, 1680.32 壹仟陆佰捌拾元零叁角贰分);</li>
 * <li>零 after 元 when 角 is zero and 分 is not (16409.02 壹万陆仟肆佰零玖元零贰分);</li>
 * <li>壹拾 always, also at the start (10 壹拾元整);</li>
 * <li>below one yuan no 零元 (0.05 伍分); nothing at all is 零元整.</li>
 * </ul>
 * The result carries no 人民币 prefix: the form prints it as the label in front.
 */
public final class ChineseCapitals {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] UNITS = {"", "拾", "佰", "仟"};
    private static final String[] SECTIONS = {"", "万", "亿"};
    /** 9999,9999,9999.99: the largest amount with a section name of its own (below 万亿). */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private ChineseCapitals() {
    }

    /**
     * @throws IllegalArgumentException for a negative amount, more than two decimals, or 万亿 and above
     */
    public static String of(BigDecimal amount) {
        if (amount == null) {
            throw new IllegalArgumentException("no amount");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a negative amount has no capitals: " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("more than two decimals: " + amount.toPlainString());
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("too large for capitals: " + amount.toPlainString());
        }
        BigInteger cents = amount.movePointRight(2).toBigIntegerExact();
        BigInteger[] yuanAndCents = cents.divideAndRemainder(BigInteger.valueOf(100));
        String yuan = yuanAndCents[0].toString();
        int jiao = yuanAndCents[1].intValue() / 10;
        int fen = yuanAndCents[1].intValue() % 10;

        StringBuilder out = new StringBuilder();
        boolean zeroPending = !yuan.equals("0") && integerPart(yuan, out);
        if (out.length() > 0) {
            out.append('元');
        }
        if (jiao == 0 && fen == 0) {
            return out.length() == 0 ? "零元整" : out.append('整').toString();
        }
        if (jiao != 0) {
            if (zeroPending) {
                // 支付结算办法 附一: a zero yuan place before a non-zero jiao may take one 零; ADR 0015 writes it
                out.append('零');
            }
            out.append(DIGITS[jiao]).append('角');
        } else if (out.length() > 0) {
            // 支付结算办法 附一: a zero jiao before a non-zero fen must be written 零 after 元
            out.append('零');
        }
        if (fen != 0) {
            out.append(DIGITS[fen]).append('分');
        }
        return out.toString();
    }

    /**
     * Appends the yuan digits with their units and section names; returns whether zeros are waiting
     * at the end (元位 is zero), so a 零 goes before a following 角.
     */
    private static boolean integerPart(String yuan, StringBuilder out) {
        boolean zeroPending = false;
        boolean sectionHasDigit = false;
        int n = yuan.length();
        for (int i = 0; i < n; i++) {
            int d = yuan.charAt(i) - '0';
            int position = n - 1 - i;
            if (d == 0) {
                zeroPending = true;
            } else {
                if (zeroPending) {
                    out.append('零');
                    zeroPending = false;
                }
                out.append(DIGITS[d]).append(UNITS[position % 4]);
                sectionHasDigit = true;
            }
            if (position % 4 == 0) {
                if (sectionHasDigit) {
                    out.append(SECTIONS[position / 4]);
                }
                sectionHasDigit = false;
            }
        }
        return zeroPending;
    }
}
