package org.medaid.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.medaid.desk.common.MoneyText;
import org.medaid.model.Limits;

/**
 * Random text into the validators behind the forms (ADR 0029): the limits table's amount check and the
 * screens' money reading answer every input at once, and what they accept is inside the limits.
 */
class ValidatorFuzzTest {

    @Property(tries = 400)
    void amountTextIsAcceptedOnlyInsideTheLimits(@ForAll("amounts") String text) throws Exception {
        Bounded.run(text, () -> {
            if (Limits.amountText(text).isEmpty()) {
                BigDecimal v = Limits.parseAmount(text);
                assertTrue(v.signum() >= 0 && v.compareTo(Limits.MAX_AMOUNT) <= 0 && v.stripTrailingZeros().scale() <= 2,
                        "accepted " + text + " as " + v);
            }
            MoneyText.parse(text).ifPresent(v -> Limits.amount(v));
            MoneyText.tidy(text);
            return null;
        });
    }

    @Property(tries = 200)
    void amountsHeldAsNumbersAreJudgedWithoutArithmetic(@ForAll("numbers") BigDecimal value) throws Exception {
        Bounded.run(value.toString(), () -> {
            if (Limits.amount(value).isEmpty()) {
                assertTrue(value.compareTo(Limits.MAX_AMOUNT) <= 0, "accepted " + value);
            }
            return null;
        });
    }

    @Provide
    Arbitrary<String> amounts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("0123456789.,eE+- ").ofMaxLength(40),
                Arbitraries.of("1e999999999", "1e-999999999", "1e100000", "NaN", "Infinity", "99999999.99", "100000000",
                        "0.001", "1,234.50", "+5", "-0", "."));
    }

    @Provide
    Arbitrary<BigDecimal> numbers() {
        return Arbitraries.oneOf(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1e12")).ofScale(3),
                net.jqwik.api.Combinators.combine(Arbitraries.bigIntegers().between(java.math.BigInteger.ONE,
                        java.math.BigInteger.TEN.pow(30)), Arbitraries.integers().between(-999_999_999, 999_999_999))
                        .as(BigDecimal::new));
    }
}
