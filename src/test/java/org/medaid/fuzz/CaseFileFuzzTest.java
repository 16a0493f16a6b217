package org.medaid.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.medaid.calc.Calculator;
import org.medaid.cli.CalcCommand;
import org.medaid.policy.PolicyRegistry;

/**
 * Random and mutated case files through the case reader and the calculator ({@code calc}): every input
 * ends in JSON and exit 0, or in one line on standard error and exit 2 (ADR 0029), within the time limit.
 */
class CaseFileFuzzTest {

    private static final CalcCommand CALC = new CalcCommand(new Calculator(PolicyRegistry.bundled()));
    private static final List<String> SAMPLES = List.of("linyi-minimum-living.json", "chaozhou-minimum-living.json",
            "guangxi-monitored.json");
    /** Values the review found harmful, and their neighbours. */
    private static final List<String> HOSTILE = List.of("1e999999999", "1e-999999999", "1e100000", "\"1e5\"",
            "12345678901234567890", "-1", "99999999.999", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "2147483647",
            "-2147483648", "9223372036854775808", "NaN", "\"NaN\"", "Infinity", "null", "true", "[]", "{}", "\"\"",
            "\"2024-02-30\"", "\"0000-01-01\"", "0.000000000000000000001", "1E+2", "\"" + "长".repeat(600) + "\"");

    @Property(tries = 150)
    void mutatedSampleCaseFilesAreSettledOrRefusedInOneLine(@ForAll("mutated") String json) throws Exception {
        check(json);
    }

    @Property(tries = 100)
    void randomTextIsRefusedInOneLine(@ForAll("noise") String text) throws Exception {
        check(text);
    }

    private static void check(String json) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Bounded.run(json, () -> CALC.run(new String[] {"-"}, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        String e = err.toString(StandardCharsets.UTF_8);
        if (exit == 0) {
            assertEquals("", e, "a settled case says nothing on standard error; input: " + json);
            assertTrue(out.size() < 200_000, "a result of ordinary size; input: " + json);
        } else {
            assertEquals(2, exit, "exit code for input: " + json);
            assertEquals(1, e.lines().count(), "one line on standard error: " + e + " for input: " + json);
            assertTrue(e.length() < 2000, "a short line for input: " + json);
            assertEquals(0, out.size(), "nothing on standard output for input: " + json);
        }
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> sample = Arbitraries.of(SAMPLES).map(CaseFileFuzzTest::sample);
        Arbitrary<String> hostile = Arbitraries.of(HOSTILE);
        return Combinators.combine(sample, hostile, Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 3))
                .as(CaseFileFuzzTest::mutate);
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withChars("{}[]\":,0123456789.eE-+ntrufalsy").ofMaxLength(300));
    }

    /** Replaces the value after the n-th colon with a hostile one, or cuts or doubles a piece of the text. */
    static String mutate(String json, String hostile, int at, int how) {
        int pos = at % json.length();
        return switch (how) {
            case 0, 1 -> {
                int colon = json.indexOf(':', pos);
                if (colon < 0) {
                    yield json.substring(0, pos);
                }
                int end = colon + 1;
                while (end < json.length() && ",}]\n".indexOf(json.charAt(end)) < 0) {
                    end++;
                }
                yield json.substring(0, colon + 1) + " " + hostile + json.substring(end);
            }
            case 2 -> json.substring(0, pos);
            default -> json.substring(0, pos) + json.substring(pos / 2);
        };
    }

    private static String sample(String name) {
        try {
            return Files.readString(Path.of("samples/cases", name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
