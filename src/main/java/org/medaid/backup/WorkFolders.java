package org.medaid.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary folders and partial files a backup, a check of a backup or a restore works in, named with the
 * process that made them, so that what a killed process left behind (a power cut during the exit backup) is
 * found and removed by the next backup (ADR 0072). Their store pages stay encrypted, but a copy of the store
 * several hundred megabytes large must not pile up in the temporary folder or beside the backups.
 */
final class WorkFolders {

    /** {@code medaid-<kind>-<pid>-<random>}: a work folder in the temporary folder. */
    private static final Pattern FOLDER = Pattern.compile("medaid-(backup|verify|catalogue)-(\\d+)-\\d+");
    /** {@code <backup>.zip.<pid>.part}: a backup being written. */
    private static final Pattern PART = Pattern.compile(".+\\.zip\\.(\\d+)\\.part");

    private WorkFolders() {
    }

    /** A new work folder of {@code kind} in the system's temporary folder. */
    static Path create(String kind) throws IOException {
        return Files.createTempDirectory(temporaryRoot(), "medaid-" + kind + "-" + ProcessHandle.current().pid() + "-");
    }

    /** Where a backup {@code target} is written before it is verified and moved into place. */
    static Path partOf(Path target) {
        return target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
    }

    static Path temporaryRoot() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * Removes the work folders in {@code temporaryRoot} and the partial backups in {@code backupFolder} left by
     * processes that no longer run. Returns how many it removed; what it cannot remove stays for the next time.
     */
    static int sweep(Path temporaryRoot, Path backupFolder) {
        return sweep(temporaryRoot, "medaid-*", FOLDER, 2) + sweep(backupFolder, "*.part", PART, 1);
    }

    private static int sweep(Path dir, String glob, Pattern name, int pidGroup) {
        if (dir == null || !Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, glob)) {
            for (Path p : entries) {
                Matcher m = name.matcher(p.getFileName().toString());
                if (m.matches() && !running(Long.parseLong(m.group(pidGroup)))) {
                    DatabaseCopy.delete(p);
                    removed += Files.exists(p) ? 0 : 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            // what cannot be listed or removed now stays for the next backup
        }
        return removed;
    }

    private static boolean running(long pid) {
        if (pid == ProcessHandle.current().pid()) {
            return true;
        }
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        return p.isPresent() && p.get().isAlive();
    }
}
