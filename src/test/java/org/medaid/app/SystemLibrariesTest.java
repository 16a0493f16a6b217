package org.medaid.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A machine without GTK 3 is told which package to install, in Chinese and English, before JavaFX starts. */
class SystemLibrariesTest {

    @Test
    void aMachineWithoutGtkIsToldTheDebianPackage(@TempDir Path lib) throws IOException {
        Files.createDirectories(lib.resolve("x86_64-linux-gnu"));
        Files.createFile(lib.resolve("x86_64-linux-gnu/libXtst.so.6"));
        SystemLibraries.Needed missing = SystemLibraries.missing(List.of(lib)).orElseThrow();
        assertEquals("libgtk-3-0", missing.debianPackage());
        String sentence = SystemLibraries.sentence(missing);
        assertTrue(sentence.contains("缺少系统软件包 libgtk-3-0") && sentence.contains("package libgtk-3-0 (libgtk-3.so.0) is missing"),
                sentence);
        assertEquals(1, sentence.lines().count());
    }

    @Test
    void librariesInTheArchitectureFolderAreFound(@TempDir Path lib) throws IOException {
        Files.createDirectories(lib.resolve("aarch64-linux-gnu"));
        Files.createFile(lib.resolve("aarch64-linux-gnu/libgtk-3.so.0"));
        Files.createFile(lib.resolve("libXtst.so.6"));
        assertTrue(SystemLibraries.missing(List.of(lib)).isEmpty());
    }

    @Test
    void theLinkerPathComesFirst() {
        List<Path> dirs = SystemLibraries.linkerFolders("/opt/gtk/lib:/opt/x");
        assertEquals(Path.of("/opt/gtk/lib"), dirs.get(0));
        assertTrue(dirs.contains(Path.of("/usr/lib")));
    }
}
