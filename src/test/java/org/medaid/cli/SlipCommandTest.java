package org.medaid.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.calc.Calculator;
import org.medaid.policy.PolicyRegistry;
import org.medaid.print.PdfInspect;

/** {@code slip CASE.json BILL_ID OUT.pdf}, run in process with captured streams. */
class SlipCommandTest {

    private static final Calculator CALCULATOR = new Calculator(PolicyRegistry.bundled());

    /** The example of docs/case-file.md with the hospital and diagnosis a slip prints. */
    private static final String CASE = """
            {
              "person": {"region": "371302", "insurance": "RESIDENT",
                         "categories": [{"code": "MINIMUM_LIVING", "from": "2022-05-10"}]},
              "bills": [{"id": "b1", "kind": "INPATIENT", "admitted": "2022-06-01", "discharged": "2022-06-12",
                         "hospitalLevel": "COUNTY", "location": "IN_COUNTY", "hospital": "临沂市兰山区人民医院",
                         "diagnosis": "2型糖尿病", "total": "60000.00", "outOfCatalog": "3000.00",
                         "classBSelfPay": "2000.00", "overLimit": "0.00", "basic": "30000.00"}]
            }
            """;

    @TempDir
    Path dir;

    private Path caseFile;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeCase() throws Exception {
        caseFile = Files.writeString(dir.resolve("case.json"), CASE, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return new SlipCommand(CALCULATOR).run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheSlipOfTheBillWithItsAmounts() throws Exception {
        Path pdf = dir.resolve("b1.pdf");
        assertEquals(0, run(caseFile.toString(), "b1", pdf.toString(), "--clerk", "王小红", "--date", "2024-05-06"));
        String text = PdfInspect.compact(Files.readAllBytes(pdf));
        assertTrue(text.contains("12,350.00"), text);
        assertTrue(text.contains("8,855.00"), text);
        assertTrue(text.contains("伍万壹仟贰佰零伍元整"), text);
        assertTrue(text.contains("临沂市兰山区人民医院"), text);
        assertTrue(text.contains("打印日期：2024-05-06"), text);
        assertEquals("", stderr());
    }

    @Test
    void printsPlaceholdersForAPersonWithoutNameOrId() throws Exception {
        Path pdf = dir.resolve("b1.pdf");
        assertEquals(0, run(caseFile.toString(), "b1", pdf.toString()));
        assertTrue(PdfInspect.compact(Files.readAllBytes(pdf)).contains("姓名未提供"));
    }

    @Test
    void laysTheSlipOutOnA5WhenAsked() throws Exception {
        Path pdf = dir.resolve("b1.pdf");
        assertEquals(0, run(caseFile.toString(), "b1", pdf.toString(), "--a5"));
        assertEquals(420, PdfInspect.pageSize(Files.readAllBytes(pdf), 0).getWidth(), 1);
    }

    @Test
    void refusesAnUnknownBillWithOneLineAndNoFile() {
        Path pdf = dir.resolve("x.pdf");
        assertEquals(2, run(caseFile.toString(), "b9", pdf.toString()));
        assertOneLine("no bill 'b9'");
        assertFalse(Files.exists(pdf));
    }

    @Test
    void leavesAnEarlierFileAsItWasWhenTheInputIsBad() throws Exception {
        Path pdf = Files.write(dir.resolve("old.pdf"), new byte[] {1, 2, 3});
        assertEquals(2, run(caseFile.toString(), "b9", pdf.toString()));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(pdf));
    }

    @Test
    void refusesAnUnreadableCaseFile() {
        Path pdf = dir.resolve("x.pdf");
        assertEquals(2, run(dir.resolve("missing.json").toString(), "b1", pdf.toString()));
        assertOneLine("no such file");
        assertFalse(Files.exists(pdf));
    }

    @Test
    void refusesACaseFileThatIsNotJson() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{ person: ");
        assertEquals(2, run(bad.toString(), "b1", dir.resolve("x.pdf").toString()));
        assertOneLine("unreadable JSON");
    }

    @Test
    void refusesAnOutputPathInAMissingFolder() {
        Path pdf = dir.resolve("nowhere").resolve("x.pdf");
        assertEquals(2, run(caseFile.toString(), "b1", pdf.toString()));
        assertOneLine("does not exist");
        assertFalse(Files.exists(pdf.getParent()));
    }

    @Test
    void refusesAnOutputPathThatIsAFolder() {
        assertEquals(2, run(caseFile.toString(), "b1", dir.toString()));
        assertOneLine("cannot write");
    }

    @Test
    void refusesTheWrongNumberOfArguments() {
        assertEquals(2, run(caseFile.toString(), "b1"));
        assertOneLine("usage: slip");
    }

    @Test
    void refusesAnUnknownOption() {
        assertEquals(2, run(caseFile.toString(), "b1", dir.resolve("x.pdf").toString(), "--colour"));
        assertOneLine("unknown option --colour");
    }

    private void assertOneLine(String expected) {
        String e = stderr();
        assertTrue(e.startsWith("slip: ") && e.contains(expected), e);
        assertEquals(1, e.lines().count(), e);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    /**
     * The slip's date without --date (ADR 0096): today through java.util.TimeZone is the date LocalDate.now() gives,
     * in zones far east and west of Greenwich and on a half hour (either side of a midnight the test may straddle).
     */
    @Test
    void todayIsTheDateLocalDateNowGivesInEveryZone() {
        java.util.TimeZone before = java.util.TimeZone.getDefault();
        try {
            for (String zone : java.util.List.of("Asia/Shanghai", "Asia/Urumqi", "UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago",
                    "America/St_Johns", "Asia/Kathmandu")) {
                java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
                java.time.LocalDate first = java.time.LocalDate.now();
                java.time.LocalDate today = SlipCommand.today();
                java.time.LocalDate last = java.time.LocalDate.now();
                assertTrue(today.equals(first) || today.equals(last), zone + ": " + today + " against " + first + " / " + last);
            }
        } finally {
            java.util.TimeZone.setDefault(before);
        }
    }
}
