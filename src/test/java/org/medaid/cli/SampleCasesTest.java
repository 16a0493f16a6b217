package org.medaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.medaid.calc.Calculator;
import org.medaid.policy.PolicyRegistry;

/**
 * Every sample case file gives exactly the output documented for it in samples/expected/ (and quoted in
 * docs/case-file.md); there is one per policy.
 */
class SampleCasesTest {

    private static final CalcCommand COMMAND = new CalcCommand(new Calculator(PolicyRegistry.bundled()));

    static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("samples/cases"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** What the command line runs: only the bundled policies of the case's region (ADR 0080). */
    private static final CalcCommand REGION_ONLY = CalcCommand.forRegion(PolicyRegistry::bundledFor);

    @TestFactory
    Stream<DynamicTest> eachSampleGivesItsDocumentedResult() throws IOException {
        return documented(COMMAND);
    }

    @TestFactory
    Stream<DynamicTest> eachSampleGivesItsDocumentedResultWithItsRegionsPoliciesOnly() throws IOException {
        return documented(REGION_ONLY);
    }

    private static Stream<DynamicTest> documented(CalcCommand command) throws IOException {
        return samples().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = command.run(new String[] {p.toString()}, new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
            Path expected = Path.of("samples/expected").resolve(p.getFileName());
            assertEquals(Files.readString(expected), out.toString(StandardCharsets.UTF_8), "documented result " + expected);
        }));
    }

    @Test
    void thereIsASampleForEveryPolicy() throws IOException {
        String all = String.join("\n", samples().stream().map(p -> {
            try {
                return Files.readString(Path.of("samples/expected").resolve(p.getFileName()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList());
        for (String id : PolicyRegistry.BUNDLED) {
            assertTrue(all.contains("\"policy\" : \"" + id + "\""), "no sample settles a bill under " + id);
        }
    }
}
