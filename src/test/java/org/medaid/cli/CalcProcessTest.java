package org.medaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user meets it: {@code org.medaid.app.Launcher} in-process with captured streams, and
 * real {@code java} processes (the built jar when it is there and current, otherwise the class path), never
 * starting JavaFX.
 */
class CalcProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = "samples/cases/linyi-minimum-living.json";
    private static final String LAUNCHER = "org.medaid.app.Launcher";

    record Run(int exit, String out, String err) {
    }

    /** Launcher.run (package-private, it returns the exit code instead of calling System.exit) with captured streams. */
    static Run launcherInProcess(String stdin, String... args) throws Exception {
        Method run = Class.forName(LAUNCHER).getDeclaredMethod("run", String[].class);
        run.setAccessible(true);
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin == null ? new byte[0] : stdin.getBytes(StandardCharsets.UTF_8)));
            int exit = (int) run.invoke(null, (Object) args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    static String classPath(boolean withJavaFx) {
        List<String> entries = new ArrayList<>(JavaProcess.classPathEntries());
        if (!withJavaFx) {
            entries.removeIf(e -> e.contains("javafx") || e.contains("openjfx") || e.contains("controlsfx")
                    || e.contains("testfx") || e.contains("monocle"));
        }
        return String.join(File.pathSeparator, entries);
    }

    static JavaProcess.Result calcProcess(List<String> jvmOptions, String classPath, String stdin, String... args) {
        List<String> cmd = new ArrayList<>(List.of(JavaProcess.javaBinary(), "-Dfile.encoding=UTF-8"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", classPath, LAUNCHER, "calc"));
        cmd.addAll(List.of(args));
        return JavaProcess.run(cmd, stdin);
    }

    static void assertRefused(String what, JavaProcess.Result r, String message) {
        assertEquals(2, r.exit(), what + ": " + r.err());
        assertEquals("", r.out(), what + ": nothing on standard output");
        assertEquals(1, r.errLines().size(), what + ": one line on standard error: " + r.err());
        assertTrue(r.err().contains(message), what + ": '" + r.err().strip() + "' lacks '" + message + "'");
    }

    @Test
    void launcherInProcessPrintsTheResultOfAValidCase() throws Exception {
        Run r = launcherInProcess(null, "calc", SAMPLE);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertEquals("12350.00", JSON.readTree(r.out()).get("bills").get(0).get("criticalIllness").asText());
    }

    @Test
    void theArchiveRunSettlesAndWritesTheSlipInOneJvm(@TempDir Path dir) throws Exception {
        // build.sh writes the verbs' class archive from this run (ADR 0085): calc's JSON, then the slip
        Path pdf = dir.resolve("slip.pdf");
        Run r = launcherInProcess(null, "--archive-run", SAMPLE, "b1", pdf.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("12350.00", JSON.readTree(r.out().substring(0, r.out().lastIndexOf('}') + 1)).get("bills").get(0)
                .get("criticalIllness").asText());
        assertTrue(r.out().strip().endsWith(pdf.toString()), r.out());
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        Run wrong = launcherInProcess(null, "--archive-run", SAMPLE);
        assertEquals(2, wrong.exit());
        assertEquals(1, wrong.err().lines().count(), wrong.err());
    }

    @Test
    void launcherInProcessRefusesBadInputOnOneLine() throws Exception {
        Run r = launcherInProcess("{ not json", "calc", "-");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("calc: unreadable JSON"), r.err());
    }

    @Test
    void launcherInProcessRefusesAMissingPolicyFolder(@TempDir Path dir) throws Exception {
        System.setProperty("medaid.policies", dir.resolve("missing").toString());
        try {
            Run r = launcherInProcess(null, "calc", SAMPLE);
            assertEquals(2, r.exit());
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("no such policy folder"), r.err());
        } finally {
            System.clearProperty("medaid.policies");
        }
    }

    @Test
    void aRealProcessPrintsJsonAndExitsZero() throws IOException {
        JavaProcess.Result r = calcProcess(List.of(), classPath(true), null, SAMPLE);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        JsonNode bill = JSON.readTree(r.out()).get("bills").get(0);
        assertEquals("大病保险：(25,000.00 − 6,000.00) × 65% = 12,350.00 〔临医保发〔2022〕13号 三〕", bill.get("lines").get(2).get("text").asText());
    }

    @Test
    void theBuiltJarOrElseTheClassPathSettlesTheSample() throws IOException {
        Path jar = Path.of("target/medaid-desk.jar");
        List<String> cmd = new ArrayList<>(List.of(JavaProcess.javaBinary(), "-Dfile.encoding=UTF-8"));
        if (isCurrent(jar)) {
            cmd.addAll(List.of("-jar", jar.toString(), "calc", SAMPLE));
        } else {
            cmd.addAll(List.of("-cp", classPath(true), LAUNCHER, "calc", SAMPLE));
        }
        JavaProcess.Result r = JavaProcess.run(cmd, null);
        assertEquals(0, r.exit(), cmd + ": " + r.err());
        assertEquals(Files.readString(Path.of("samples/expected/linyi-minimum-living.json")), r.out(), String.join(" ", cmd));
    }

    /** The jar is used when it exists, has its lib/ folder, and is not older than the compiled classes. */
    private static boolean isCurrent(Path jar) throws IOException {
        if (!Files.isRegularFile(jar) || !Files.isDirectory(Path.of("target/lib"))) {
            return false;
        }
        FileTime built = Files.getLastModifiedTime(jar);
        try (Stream<Path> classes = Files.walk(Path.of("target/classes"))) {
            return classes.filter(Files::isRegularFile).allMatch(p -> {
                try {
                    return Files.getLastModifiedTime(p).compareTo(built) <= 0;
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }

    @Test
    void aRealProcessRefusesEachKindOfBadInput(@TempDir Path dir) {
        String cp = classPath(true);
        assertRefused("unreadable JSON", calcProcess(List.of(), cp, "{ \"person\": ", "-"), "calc: unreadable JSON");
        assertRefused("unknown value", calcProcess(List.of(), cp,
                "{\"person\": {\"region\": \"371302\", \"insurance\": \"FARMER\"}}", "-"), "person.insurance: unknown value 'FARMER'");
        assertRefused("compliant below zero", calcProcess(List.of(), cp, "{\"person\": {\"region\": \"371302\", \"insurance\": \"RESIDENT\"},"
                + " \"bills\": [{\"id\": \"b1\", \"kind\": \"INPATIENT\", \"discharged\": \"2022-05-01\", \"total\": \"10.00\","
                + " \"overLimit\": \"20.00\"}]}", "-"), "compliant cost below zero");
        assertRefused("no policy", calcProcess(List.of(), cp, "{\"person\": {\"region\": \"450102\", \"insurance\": \"RESIDENT\"},"
                + " \"bills\": [{\"id\": \"b1\", \"kind\": \"INPATIENT\", \"discharged\": \"2026-01-01\", \"total\": \"10.00\"}]}", "-"),
                "no policy in force for region 450102 on 2026-01-01");
        assertRefused("outside the year", calcProcess(List.of(), cp, "{\"year\": 2022, \"person\": {\"region\": \"371302\", \"insurance\": \"RESIDENT\"},"
                + " \"bills\": [{\"id\": \"b1\", \"kind\": \"INPATIENT\", \"discharged\": \"2021-12-31\", \"total\": \"10.00\"}]}", "-"),
                "outside the case's year 2022");
        assertRefused("missing file", calcProcess(List.of(), cp, null, dir.resolve("none.json").toString()), "calc: no such file");
    }

    @Test
    void theCalcPathNeverLoadsAJavaFxClass(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("classes.log");
        JavaProcess.Result r = calcProcess(List.of("-Xlog:class+load=info:file=" + log), classPath(true), null, SAMPLE);
        assertEquals(0, r.exit(), r.err());
        List<String> loaded = Files.readAllLines(log);
        assertTrue(loaded.stream().anyMatch(l -> l.contains("org.medaid.calc.Calculator ")), "the log records the calculator");
        List<String> fx = loaded.stream().filter(l -> l.contains("javafx.") || l.contains("com.sun.glass")
                || l.contains("com.sun.prism") || l.contains("org.controlsfx")).toList();
        assertTrue(fx.isEmpty(), "JavaFX classes loaded: " + fx);
    }

    @Test
    void theCalcPathRunsWithoutAnyJavaFxJar() {
        String cp = classPath(false);
        assertFalse(cp.contains("javafx"), cp);
        JavaProcess.Result r = calcProcess(List.of(), cp, null, SAMPLE);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"criticalIllness\" : \"12350.00\""), r.out());
    }

    @Test
    void anOutsidePolicyFolderReplacesTheBundledFile(@TempDir Path dir) throws IOException {
        // A county sets Linyi's 低保 assistance to 75% in its own copy of the file.
        String text;
        try (InputStream in = getClass().getResourceAsStream("/org/medaid/policies/linyi-2022.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String from = "          categories: [MINIMUM_LIVING, RELAPSED]\n          deductible: 0\n          segments: [{rate: 0.70}]";
        assertTrue(text.contains(from));
        Files.writeString(dir.resolve("linyi-2022.yaml"), text.replace(from, from.replace("0.70", "0.75")));
        JavaProcess.Result r = calcProcess(List.of("-Dmedaid.policies=" + dir), classPath(false), null, SAMPLE);
        assertEquals(0, r.exit(), r.err());
        // 12,650 × 75% = 9,487.50 instead of 8,855.00.
        assertEquals("9487.50", JSON.readTree(r.out()).get("bills").get(0).get("assistance").asText());
    }

    @Test
    void aMalformedOutsidePolicyFileIsRefusedOnOneLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("linyi-2022.yaml"), "id: linyi-2022\nregions: [\"3713\"]\nfrom: 2022-01-01\nfrum: 2022\n");
        JavaProcess.Result r = calcProcess(List.of("-Dmedaid.policies=" + dir), classPath(false), null, SAMPLE);
        assertRefused("malformed policy", r, "policy file linyi-2022.yaml, field frum: unknown field");
    }
}
