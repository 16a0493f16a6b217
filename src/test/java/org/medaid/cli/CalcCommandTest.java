package org.medaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medaid.calc.Calculator;
import org.medaid.policy.PolicyRegistry;

/** The {@code calc} command in-process with captured streams: JSON and exit 0, or one line on stderr and exit 2. */
class CalcCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CalcCommand COMMAND = new CalcCommand(new Calculator(PolicyRegistry.bundled()));

    record Run(int exit, String out, String err) {
    }

    static Run run(String arg, String stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = COMMAND.run(arg == null ? new String[0] : new String[] {arg},
                new ByteArrayInputStream(stdin == null ? new byte[0] : stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final String PERSON = "\"person\": {\"region\": \"371302\", \"insurance\": \"RESIDENT\", "
            + "\"categories\": [{\"code\": \"MINIMUM_LIVING\", \"from\": \"2021-01-01\"}]}";

    static String withBill(String bill) {
        return "{" + PERSON + ", \"bills\": [" + bill + "]}";
    }

    @Test
    void aValidCaseFilePrintsJsonAndExitsZero() throws IOException {
        Run r = run("samples/cases/linyi-minimum-living.json", null);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        JsonNode bill = JSON.readTree(r.out()).get("bills").get(0);
        assertEquals("12350.00", bill.get("criticalIllness").asText());
        assertEquals("8795.00", bill.get("selfPay").asText());
    }

    @Test
    void theResultCarriesEveryFixedField() throws IOException {
        JsonNode root = JSON.readTree(run("samples/cases/linyi-minimum-living.json", null).out());
        for (String f : new String[] {"id", "policy", "year", "compliant", "basic", "criticalIllness", "assistance", "reAssistance",
                "hospitalReduction", "fallback", "selfPay", "lines", "unconfirmed", "flags"}) {
            assertTrue(root.get("bills").get(0).has(f), "bills[].%s".formatted(f));
        }
        for (String f : new String[] {"year", "policy", "contribution", "subsidy", "assistanceFund", "countyBudget", "personPays"}) {
            assertTrue(root.get("premium").has(f), "premium.%s".formatted(f));
        }
        JsonNode line = root.get("bills").get(0).get("lines").get(2);
        assertTrue(line.has("tier") && line.has("text") && line.has("source"));
    }

    @Test
    void aDashReadsTheCaseFromStandardInput() throws IOException {
        Run r = run("-", Files.readString(Path.of("samples/cases/linyi-minimum-living.json")));
        assertEquals(0, r.exit(), r.err());
        assertEquals(run("samples/cases/linyi-minimum-living.json", null).out(), r.out());
    }

    @Test
    void billsComeBackInTheOrderGivenWhateverTheLedgerOrder() throws IOException {
        String later = "{\"id\": \"later\", \"kind\": \"INPATIENT\", \"discharged\": \"2022-09-01\", \"total\": \"20000.00\", \"basic\": \"10000.00\"}";
        String earlier = "{\"id\": \"earlier\", \"kind\": \"INPATIENT\", \"discharged\": \"2022-03-01\", \"total\": \"20000.00\", \"basic\": \"10000.00\"}";
        JsonNode bills = JSON.readTree(run("-", withBill(later + "," + earlier)).out()).get("bills");
        assertEquals("later", bills.get(0).get("id").asText());
        // The earlier bill met the 6,000 deductible; the later one is paid 65% of its whole base.
        assertEquals("2600.00", bills.get(1).get("criticalIllness").asText());
        assertEquals("6500.00", bills.get(0).get("criticalIllness").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        unreadable JSON              | { "person": { "region": "371302", | unreadable JSON
        unknown field value          | `{"person": {"region": "371302", "insurance": "RESIDENT"}, "bills": [{"id": "b1", "kind": "SURGERY", "discharged": "2022-05-01", "total": "100.00"}]}` | bills[0].kind: unknown value 'SURGERY'
        unknown category             | `{"person": {"region": "371302", "insurance": "RESIDENT", "categories": [{"code": "POOR", "from": "2020-01-01"}]}, "bills": []}` | person.categories[0].code: unknown value 'POOR'
        unknown field                | `{"person": {"region": "371302", "insurance": "RESIDENT"}, "bills": [{"id": "b1", "kind": "INPATIENT", "discharged": "2022-05-01", "totl": "100.00"}]}` | bills[0].totl: unknown field
        compliant cost below zero    | `{"person": {"region": "371302", "insurance": "RESIDENT"}, "bills": [{"id": "b1", "kind": "INPATIENT", "discharged": "2022-05-01", "total": "100.00", "outOfCatalog": "80.00", "classBSelfPay": "30.00"}]}` | compliant cost below zero
        negative amount              | `{"person": {"region": "371302", "insurance": "RESIDENT"}, "bills": [{"id": "b1", "kind": "INPATIENT", "discharged": "2022-05-01", "total": "-100.00"}]}` | bills[0].total: below zero
        no policy in force           | `{"person": {"region": "450102", "insurance": "RESIDENT"}, "bills": [{"id": "b1", "kind": "INPATIENT", "discharged": "2026-01-01", "total": "100.00"}]}` | no policy in force for region 450102 on 2026-01-01
        unknown region               | `{"person": {"region": "110101", "insurance": "RESIDENT"}, "bills": [{"id": "b1", "kind": "INPATIENT", "discharged": "2022-05-01", "total": "100.00"}]}` | no policy in force for region 110101
        bill outside the case's year | `{"year": 2022, "person": {"region": "371302", "insurance": "RESIDENT"}, "bills": [{"id": "b1", "kind": "INPATIENT", "discharged": "2023-01-02", "total": "100.00"}]}` | outside the case's year 2022
        bill id twice                | `{"person": {"region": "371302", "insurance": "RESIDENT"}, "bills": [{"id": "b1", "kind": "INPATIENT", "discharged": "2022-05-01", "total": "100.00"}, {"id": "b1", "kind": "INPATIENT", "discharged": "2022-06-01", "total": "100.00"}]}` | bill id b1 appears twice
        not a date                   | `{"person": {"region": "371302", "insurance": "RESIDENT"}, "bills": [{"id": "b1", "kind": "INPATIENT", "discharged": "2022-13-01", "total": "100.00"}]}` | bills[0].discharged: '2022-13-01' is not a date
        region not six digits        | `{"person": {"region": "3713", "insurance": "RESIDENT"}, "bills": []}` | person.region: '3713' is not a 6-digit administrative code
        hospital settled too much    | `{"person": {"region": "371302", "insurance": "RESIDENT"}, "bills": [{"id": "b1", "kind": "INPATIENT", "discharged": "2022-05-01", "total": "100.00", "basic": "120.00"}]}` | exceed the compliant cost
        three decimals               | `{"person": {"region": "371302", "insurance": "RESIDENT"}, "bills": [{"id": "b1", "kind": "INPATIENT", "discharged": "2022-05-01", "total": "100.005"}]}` | more than two decimals
        premium year not covered     | `{"person": {"region": "450102", "insurance": "RESIDENT"}, "premium": {"year": 2026, "contribution": "400.00"}}` | no premium-subsidy policy
        duplicate key                | `{"person": {"region": "371302", "region": "371303", "insurance": "RESIDENT"}}` | Duplicate field 'region'
        not an object                | `[1, 2]` | must be a JSON object
        """)
    void badInputExitsTwoWithOneLineOnStandardErrorAndNothingOnStandardOutput(String what, String input, String message) {
        Run r = run("-", input);
        assertEquals(2, r.exit(), what);
        assertEquals("", r.out(), what + ": nothing on standard output");
        assertEquals(1, r.err().lines().count(), what + ": one line on standard error, got " + r.err());
        assertTrue(r.err().contains(message), what + ": '" + r.err().strip() + "' lacks '" + message + "'");
    }

    @Test
    void aMissingFileExitsTwo(@TempDir Path dir) {
        Run r = run(dir.resolve("nothing.json").toString(), null);
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals("calc: no such file: " + dir.resolve("nothing.json"), r.err().strip());
    }

    @Test
    void noArgumentPrintsUsageAndExitsTwo() {
        Run r = run(null, null);
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count());
    }

    @Test
    void aMultiLineParserMessageBecomesOneLine() {
        assertEquals("a b c", CalcCommand.oneLine("a\n  b\r\nc"));
    }
}
