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
        ProcessBuilder b = new ProcessBuilder(launcher.toAbsolutePath().toString(), arg);
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
            throw new AssertionError("the launcher did not exit within " + GIVE_UP_MINUTES + " minutes: " + List.of(arg)
                    + "\nstdout so far:\n" + Files.readString(out, StandardCharsets.UTF_8)
                    + "\nstderr so far:\n" + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
