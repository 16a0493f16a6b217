package org.medaid.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/linux/launcher.sh in a stand-in image whose {@code java} prints what it was given (no build needed):
 * GTK's OpenGL probe is turned off for the desk exactly where the desk itself chooses JavaFX's software pipeline (no
 * readable /dev/dri node, ADR 0095), a GDK_GL the caller set is kept, and the verbs' launcher never sets it.
 */
class LauncherScriptTest {

    @TempDir
    Path image;

    @Test
    void gtksOpenGlProbeIsOffForTheDeskWhereNoGraphicsCardCanBeReached() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "the Linux launcher");
        Path bin = Files.createDirectories(image.resolve("bin"));
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Path java = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"GDK_GL=${GDK_GL-unset}\"\n");
        assertEquals(true, java.toFile().setExecutable(true));
        for (String name : List.of("medaid-desk", "medaid-cli")) {
            Path launcher = bin.resolve(name);
            Files.copy(Path.of("packaging/linux/launcher.sh"), launcher);
            assertEquals(true, launcher.toFile().setExecutable(true));
            Files.writeString(app.resolve(name + ".cfg"), "[Application]\napp.classpath=$APPDIR/x.jar\napp.mainclass=x.Main\n");
        }
        String expected = graphicsCardReachable() ? "GDK_GL=unset" : "GDK_GL=disable";
        assertEquals(expected, run(bin.resolve("medaid-desk"), Map.of()), "the desk, as DeskApplication decides prism.order");
        assertEquals("GDK_GL=always", run(bin.resolve("medaid-desk"), Map.of("GDK_GL", "always")), "the caller's own is kept");
        assertEquals("GDK_GL=unset", run(bin.resolve("medaid-cli"), Map.of()), "the verbs open no display");
    }

    /** The same rule as the desk's: a readable render or card node under /dev/dri. */
    private static boolean graphicsCardReachable() {
        try (Stream<Path> nodes = Files.list(Path.of("/dev/dri"))) {
            return nodes.anyMatch(n -> (n.getFileName().toString().startsWith("renderD")
                    || n.getFileName().toString().startsWith("card")) && Files.isReadable(n));
        } catch (IOException e) {
            return false;
        }
    }

    private static String run(Path launcher, Map<String, String> extra) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(launcher.toString()).redirectErrorStream(true);
        b.environment().clear();
        b.environment().put("PATH", "/usr/bin:/bin");
        b.environment().putAll(extra);
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
