package org.medaid.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The system libraries JavaFX needs to open a window on Linux, looked for before JavaFX starts, so a machine
 * without them gets a sentence naming the Debian/UOS/Kylin package to install instead of a stack trace.
 * Without GTK 3 JavaFX stops with "Unable to load glass GTK library"; without libXtst glass does not load.
 */
final class SystemLibraries {

    /** A library file and the package that installs it. */
    record Needed(String file, String debianPackage) {
    }

    static final List<Needed> NEEDED = List.of(
            new Needed("libgtk-3.so.0", "libgtk-3-0"),
            new Needed("libXtst.so.6", "libxtst6"));

    private SystemLibraries() {
    }

    /** The first library missing from {@code dirs} and their sub-folders one level down (lib/x86_64-linux-gnu). */
    static Optional<Needed> missing(List<Path> dirs) {
        for (Needed n : NEEDED) {
            if (!found(n.file(), dirs)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The folders the dynamic linker searches on a Debian-like system, with {@code LD_LIBRARY_PATH} first. */
    static List<Path> linkerFolders(String ldLibraryPath) {
        List<Path> dirs = new ArrayList<>();
        if (ldLibraryPath != null) {
            for (String d : ldLibraryPath.split(File.pathSeparator)) {
                if (!d.isBlank()) {
                    dirs.add(Path.of(d));
                }
            }
        }
        for (String d : List.of("/lib", "/usr/lib", "/lib64", "/usr/lib64", "/usr/local/lib")) {
            dirs.add(Path.of(d));
        }
        return dirs;
    }

    /** The sentence for the console, Chinese then English, on one line. */
    static String sentence(Needed n) {
        return "医疗救助结算台无法打开窗口：缺少系统软件包 " + n.debianPackage() + "（" + n.file() + "），请运行 sudo apt-get install "
                + n.debianPackage() + " 后再启动。 / The desk cannot open its window: the system package " + n.debianPackage()
                + " (" + n.file() + ") is missing; install it with sudo apt-get install " + n.debianPackage() + " and start again.";
    }

    private static boolean found(String file, List<Path> dirs) {
        for (Path d : dirs) {
            if (Files.exists(d.resolve(file))) {
                return true;
            }
            if (Files.isDirectory(d)) {
                try (DirectoryStream<Path> subs = Files.newDirectoryStream(d, Files::isDirectory)) {
                    for (Path s : subs) {
                        if (Files.exists(s.resolve(file))) {
                            return true;
                        }
                    }
                } catch (IOException | SecurityException e) {
                    // an unreadable folder is not where the library is
                }
            }
        }
        return false;
    }
}
