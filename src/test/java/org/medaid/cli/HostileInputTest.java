package org.medaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medaid.calc.Calculator;
import org.medaid.policy.PolicyRegistry;

/**
 * Every hostile input of the kill-and-fuzz review gets exit 2 and exactly one line on standard error from
 * both {@code calc} and {@code slip}, and {@code slip} leaves the output path as it was (ADR 0029).
 */
class HostileInputTest {

    private static final Calculator CALCULATOR = new Calculator(PolicyRegistry.bundled());

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run calc(String arg, String stdin) {
        return run(o -> new CalcCommand(CALCULATOR).run(new String[] {arg}, in(stdin), o[0], o[1]));
    }

    private static Run slip(String stdin, String target) {
        return run(o -> new SlipCommand(CALCULATOR).run(new String[] {"-", "b1", target}, in(stdin), o[0], o[1]));
    }

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8));
    }

    private static Run run(java.util.function.ToIntFunction<PrintStream[]> command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = command.applyAsInt(new PrintStream[] {new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)});
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String caseFile(String billExtra, String categoryTo, String premiumYear) {
        return "{\"person\": {\"region\": \"371302\", \"insurance\": \"RESIDENT\", \"categories\": [{\"code\": "
                + "\"MINIMUM_LIVING\", \"from\": \"2021-01-01\"" + (categoryTo == null ? "" : ", \"to\": " + categoryTo) + "}]}, "
                + "\"bills\": [{\"id\": \"b1\", \"kind\": \"INPATIENT\", \"admitted\": \"2022-03-01\", \"discharged\": "
                + "\"2022-03-10\", \"hospitalLevel\": \"COUNTY\", \"location\": \"IN_COUNTY\"" + billExtra + "}]"
                + (premiumYear == null ? "" : ", \"premium\": {\"year\": " + premiumYear + "}") + "}";
    }

    private static void assertOneLineRefusal(Run r, String expectedPart) {
        assertEquals(2, r.exit(), "exit code; stderr: " + r.err());
        assertEquals("", r.out(), "nothing on standard output");
        assertEquals(1, r.err().lines().count(), "one line on standard error: " + r.err());
        assertTrue(r.err().length() < 400, "a short line: " + r.err().length() + " characters");
        assertTrue(r.err().contains(expectedPart), r.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a huge exponent                  | , "total": 1e999999999                  | | | total
            a tiny exponent                  | , "total": 1e-999999999                 | | | total
            a 100000-digit exponent          | , "total": 1e100000                     | | | total
            an exponent as text              | , "total": "1e5"                        | | | exponent
            a 20-digit total                 | , "total": 12345678901234567890         | | | total
            a 20-digit total as text         | , "total": "12345678901234567890.00"    | | | total
            three decimals                   | , "total": 100.001                      | | | decimals
            a negative part                  | , "total": 100, "basic": -1             | | | below zero
            a date in year 999999999         | , "total": 100, "admitted": "+999999999-12-31" | | | admitted
            a category to year 999999999     | , "total": 100                          | `"+999999999-12-31"` | | to
            a category ending in 2100        | , "total": 100                          | `"2100-01-01"` | | outside
            premium.year 2147483647          | , "total": 100                          | | 2147483647 | premium.year
            premium.year 99999999999999999999| , "total": 100                          | | 99999999999999999999 | premium.year
            premium.year 1899                | , "total": 100                          | | 1899 | premium.year
            a hospital name of 10000 chars   | , "total": 100, "hospital": "HHHH"      | | | hospital
            """)
    void calcAndSlipRefuseWithOneLine(String what, String billExtra, String categoryTo, String premiumYear, String part)
            throws IOException {
        String json = caseFile(billExtra.replace("\"HHHH\"", "\"" + "医".repeat(10_000) + "\""), categoryTo, premiumYear);
        assertOneLineRefusal(calc("-", json), part);
        Path target = dir.resolve("slip.pdf");
        Files.writeString(target, "the clerk's earlier file");
        assertOneLineRefusal(slip(json, target.toString()), part);
        assertEquals("the clerk's earlier file", Files.readString(target), "the output path is left as it was");
    }

    @Test
    void aFolderIsNotACaseFile() {
        assertOneLineRefusal(calc(dir.toString(), null), "not a regular file");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void devZeroIsRefusedAtOnce() {
        assertOneLineRefusal(calc("/dev/zero", null), "not a regular file");
    }

    @Test
    void anEndlessStandardInputIsCutOff() {
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        Run r = run(o -> new CalcCommand(CALCULATOR).run(new String[] {"-"}, endless, o[0], o[1]));
        assertOneLineRefusal(r, "larger than");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void slipWillNotWriteIntoADevice() {
        assertOneLineRefusal(slip(caseFile(", \"total\": 100", null, null), "/dev/null"), "not a regular file");
    }

    @Test
    void slipWillNotWriteOverAFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.pdf"));
        assertOneLineRefusal(slip(caseFile(", \"total\": 100", null, null), folder.toString()), "not a regular file");
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void slipWritesThroughATemporaryFileAndLeavesNoneBehind() throws IOException {
        Path target = dir.resolve("slip.pdf");
        Run r = slip(caseFile(", \"total\": 12000, \"basic\": 6000", null, null), target.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.size(target) > 1000);
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }
}
