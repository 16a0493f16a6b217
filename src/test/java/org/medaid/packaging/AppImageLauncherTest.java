package org.medaid.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image built by {@code packaging/linux/build.sh} (target/dist/medaid-desk), started as on a
 * clerk's PC: no java on the PATH, no JAVA_HOME, an empty home folder. Tagged {@code packaging}: it needs
 * the built image, so {@code .ci/run} runs it after the packaging step and {@code mvn verify} skips it.
 */
@Tag("packaging")
class AppImageLauncherTest {

    private static final long GIVE_UP_MINUTES = 25;
    private static final Path LAUNCHER = Path.of("target/dist/medaid-desk/bin/medaid-desk");

    @TempDir
    Path home;

    @Test
    void theAppImageCarriesItsOwnJavaRuntime() {
        assertTrue(Files.isExecutable(LAUNCHER), "build the image first: packaging/linux/build.sh");
        assertTrue(Files.isRegularFile(Path.of("target/dist/medaid-desk/lib/runtime/lib/server/libjvm.so")));
        assertTrue(Files.isRegularFile(Path.of("target/dist/medaid-desk/lib/app/medaid-desk.jar")));
    }

    /** ADR 0096: the image's jar holds the bundled font stored (read without inflating), byte for byte the source font. */
    @Test
    void theImagesJarHoldsTheFontStoredAndUnchanged() throws IOException {
        Path source = Path.of("src/main/resources/org/medaid/print/fonts/wqy-microhei.ttc");
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile("target/dist/medaid-desk/lib/app/medaid-desk.jar")) {
            java.util.zip.ZipEntry font = jar.getEntry("org/medaid/print/fonts/wqy-microhei.ttc");
            assertEquals(java.util.zip.ZipEntry.STORED, font.getMethod());
            try (java.io.InputStream in = jar.getInputStream(font)) {
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(source), in.readAllBytes()), "the font's bytes changed");
            }
        }
    }

    @Test
    void theLauncherPrintsItsVersionWithoutASystemJava() throws Exception {
        Result r = run("--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("medaid-desk \\d+\\.\\d+\\.\\d+\\s*"), r.out());
    }

    @Test
    void theLauncherStartsTheDeskHeadlessAndExitsCleanlyOnSelfTest() throws Exception {
        Result r = run("--self-test");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("store: opened encrypted in a temporary folder"), r.out());
        assertTrue(r.out().contains("desk window: main window and first-run window built off screen"), r.out());
        assertTrue(r.out().strip().endsWith("self-test ok"), r.out());
    }

    @Test
    void anUnknownCommandExitsWithTwoAndOneLineOfHelp() throws Exception {
        Result r = run("frobnicate");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("unknown command: frobnicate"), r.err());
    }

    /**
     * ADR 0086: neither launcher asks a package manager who owns it before Java starts (jpackage's Linux launcher
     * runs rpm -qf and dpkg -S, 0.4-1.1 s a start). Stand-ins for both come first on the PATH and leave a mark when run.
     */
    @Test
    void neitherLauncherAsksThePackageManager() throws Exception {
        Path fake = Files.createDirectories(home.resolve("fake-bin"));
        Path mark = home.resolve("package-manager-was-asked");
        for (String tool : List.of("dpkg", "dpkg-query", "rpm")) {
            Path script = fake.resolve(tool);
            Files.writeString(script, "#!/bin/sh\necho \"$0 $*\" >> '" + mark + "'\nexit 1\n");
            assertTrue(script.toFile().setExecutable(true));
        }
        for (Path launcher : List.of(LAUNCHER, LAUNCHER.resolveSibling("medaid-cli"))) {
            Result r = run(launcher, "--version", fake + ":/usr/bin:/bin");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().startsWith("medaid-desk "), r.out());
            assertTrue(Files.notExists(mark), () -> launcher + " ran a package manager: " + read(mark));
        }
    }

    /**
     * ADR 0100: the verbs' launcher runs on a jar index (lib/app/medaid-cli.jar first on its class path), the desk's on
     * the plain class path. The index names every jar of the desk's class path, and nothing else as a jar (a jar that
     * holds a file named *.jar would otherwise turn that line into a section of its own), so the verbs still reach
     * every class the desk can: the whole self-test (the store, Flyway, H2, JavaFX on Monocle) passes through it.
     */
    @Test
    void theVerbsLauncherRunsTheSelfTestOnItsJarIndex() throws Exception {
        Path app = Path.of("target/dist/medaid-desk/lib/app");
        List<String> cli = classPath(app.resolve("medaid-cli.cfg"));
        assertEquals("$APPDIR/medaid-cli.jar", cli.get(0), "the jar index comes first on the verbs' class path");
        List<String> sections = new java.util.ArrayList<>();
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(app.resolve("medaid-cli.jar").toFile())) {
            String index = new String(jar.getInputStream(jar.getEntry("META-INF/INDEX.LIST")).readAllBytes(), StandardCharsets.UTF_8);
            String[] lines = index.split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].endsWith(".jar")) {
                    assertTrue(lines[i - 1].isBlank(), "line " + (i + 1) + " of the index reads as a jar but is a file in one: " + lines[i]);
                    sections.add(lines[i]);
                }
            }
        }
        for (String section : sections) {
            assertTrue(Files.isRegularFile(app.resolve(section)), "the index names a jar the image lacks: " + section);
        }
        for (String entry : classPath(app.resolve("medaid-desk.cfg"))) {
            assertTrue(sections.contains(entry.replace("$APPDIR/", "")), "the index lacks a jar of the desk's class path: " + entry);
        }
        Result r = run(LAUNCHER.resolveSibling("medaid-cli"), List.of("--self-test"), "/usr/bin:/bin");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("store: opened encrypted in a temporary folder"), r.out());
        assertTrue(r.out().contains("desk window: main window and first-run window built off screen"), r.out());
        assertTrue(r.out().strip().endsWith("self-test ok"), r.out());
    }

    /** ADR 0100: calc on the verbs' jar index prints what calc on the desk's class path prints, byte for byte, bad input too. */
    @Test
    void calcOnTheJarIndexPrintsWhatTheDesksLauncherPrints() throws Exception {
        Path bad = Files.writeString(home.resolve("bad.json"), "{\"person\": {\"region\": \"371302\"}, \"bills\": [");
        List<Path> cases;
        try (var list = Files.list(Path.of("samples/cases"))) {
            cases = new java.util.ArrayList<>(list.filter(f -> f.toString().endsWith(".json")).sorted().toList());
        }
        assertTrue(cases.size() >= 3, "the sample cases: " + cases);
        cases.add(bad);
        for (Path c : cases) {
            Result desk = run(LAUNCHER, List.of("calc", c.toAbsolutePath().toString()), "/usr/bin:/bin");
            Result verbs = run(LAUNCHER.resolveSibling("medaid-cli"), List.of("calc", c.toAbsolutePath().toString()), "/usr/bin:/bin");
            assertEquals(desk, verbs, c.toString());
        }
        assertTrue(run(LAUNCHER.resolveSibling("medaid-cli"), List.of("calc", bad.toString()), "/usr/bin:/bin").err()
                .startsWith("calc: unreadable JSON"));
    }

    private static List<String> classPath(Path cfg) throws IOException {
        return Files.readAllLines(cfg, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("app.classpath="))
                .map(l -> l.substring("app.classpath=".length())).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(String arg) throws IOException, InterruptedException {
        return run(LAUNCHER, arg, "/usr/bin:/bin");
    }

    private Result run(Path launcher, String arg, String path) throws IOException, InterruptedException {
        return run(launcher, List.of(arg), path);
    }

    private Result run(Path launcher, List<String> args, String path) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toAbsolutePath().toString()));
        command.addAll(args);
        ProcessBuilder b = new ProcessBuilder(command);
        Map<String, String> env = b.environment();
        env.clear();
        env.putAll(Map.of("PATH", path, "HOME", home.toString(), "LANG", "C.UTF-8"));
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        b.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = b.start();
        // A bound far beyond a loaded machine (the self-test itself waits on events; ADR 0040), not a deadline
        if (!p.waitFor(GIVE_UP_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not exit within " + GIVE_UP_MINUTES + " minutes: " + args
                    + "\nstdout so far:\n" + Files.readString(out, StandardCharsets.UTF_8)
                    + "\nstderr so far:\n" + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
