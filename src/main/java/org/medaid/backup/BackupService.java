package org.medaid.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.medaid.store.Database;
import org.medaid.store.StoreException;

/**
 * Backups of the desk's database (ADR 0026): H2's online {@code BACKUP TO} into a zip, with a manifest
 * of every table's row count and checksum, and verified before it counts: the copy is unpacked into a
 * temporary folder, opened, and must match the live database table by table. A backup that fails the
 * check is deleted and reported, never left looking like a good one.
 */
public final class BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;
    private final String appVersion;

    public BackupService(Clock clock, String appVersion) {
        this.clock = clock;
        this.appVersion = appVersion;
    }

    /**
     * Writes a verified backup of {@code db} into {@code folder} as {@code <prefix>-<date>-<time>.zip}.
     * Run it on the desk's one worker thread, so no other desk work writes while it runs.
     */
    public BackupResult backup(Database db, Path folder, String prefix) {
        long started = System.nanoTime();
        Path target = freeName(folder, prefix);
        Path work = null;
        try {
            Files.createDirectories(folder);
            work = Files.createTempDirectory("medaid-backup");
            Path h2Zip = work.resolve("h2.zip");
            Fingerprint live = db.read(Fingerprint::of);
            db.backupTo(h2Zip);
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, appVersion, db.schemaVersion(),
                    LocalDateTime.now(clock).withNano(0).toString(), live.tables());
            Path part = target.resolveSibling(target.getFileName() + ".part");
            BackupFiles.assemble(h2Zip, manifest, part);
            verifyOrDelete(part, live);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return new BackupResult(target, manifest, Files.size(target), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.TARGET_NOT_WRITABLE, folder + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            throw new BackupException(BackupProblem.BACKUP_FAILED, e.getMessage(), e);
        } finally {
            if (work != null) {
                DatabaseCopy.delete(work);
            }
        }
    }

    private static void verifyOrDelete(Path part, Fingerprint live) throws IOException {
        try (DatabaseCopy copy = DatabaseCopy.open(part)) {
            List<String> diff = copy.fingerprint().differences(live);
            if (!diff.isEmpty()) {
                throw new BackupException(BackupProblem.VERIFY_FAILED, String.join(", ", diff));
            }
        } catch (BackupException e) {
            Files.deleteIfExists(part);
            throw e.problem() == BackupProblem.VERIFY_FAILED ? e
                    : new BackupException(BackupProblem.VERIFY_FAILED, e.detail(), e);
        } catch (RuntimeException e) {
            Files.deleteIfExists(part);
            throw new BackupException(BackupProblem.VERIFY_FAILED, String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * Checks a backup file before anything is restored from it: a zip with a manifest and a database,
     * the database opens on its own, and every table matches the manifest. Returns the manifest.
     */
    public BackupManifest verify(Path zip) {
        BackupManifest manifest = BackupFiles.manifest(zip);
        try (DatabaseCopy copy = DatabaseCopy.open(zip)) {
            List<String> diff = copy.fingerprint().differences(manifest.fingerprint());
            if (!diff.isEmpty() || !copy.schemaVersion().equals(manifest.schemaVersion())) {
                throw new BackupException(BackupProblem.DAMAGED, zip.getFileName().toString(),
                        new IllegalStateException("tables differ from the manifest: " + String.join(", ", diff)));
            }
        }
        return manifest;
    }

    private Path freeName(Path folder, String prefix) {
        String base = prefix + "-" + LocalDateTime.now(clock).format(STAMP);
        Path p = folder.resolve(base + ".zip");
        for (int n = 2; Files.exists(p); n++) {
            p = folder.resolve(base + "-" + n + ".zip");
        }
        return p;
    }
}
