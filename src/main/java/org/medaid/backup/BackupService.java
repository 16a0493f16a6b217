package org.medaid.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.medaid.security.Keyring;
import org.medaid.security.StoreKey;
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
            WorkFolders.sweep(WorkFolders.temporaryRoot(), folder);
            work = WorkFolders.create("backup");
            Path h2Zip = work.resolve("h2.zip");
            CountyFiguresCopy.take(db, clock);
            Fingerprint live = Fingerprint.of(db);
            db.backupTo(h2Zip);
            h2Zip = compacted(h2Zip, work, db.key().orElse(null));
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, appVersion, db.schemaVersion(),
                    LocalDateTime.now(clock).withNano(0).toString(), live.tables());
            Path part = WorkFolders.partOf(target);
            StoreKey key = db.key().orElse(null);
            byte[] keyring = key == null ? null : Keyring.read(db.folder()).orElseGet(() -> Keyring.forKey(key)).toJson();
            BackupFiles.assemble(h2Zip, manifest, keyring, key == null ? null : new BackupSeal(key), part);
            verifyOrDelete(part, key);
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

    /**
     * H2's backup with the dead space of appended commits given back (ADR 0053): its database is unpacked
     * into the work folder (its pages stay encrypted), compacted there when less than half is live, and
     * packed again. The live store is not touched.
     */
    private static Path compacted(Path h2Zip, Path work, StoreKey key) throws IOException {
        Path copy = work.resolve("copy");
        Files.createDirectories(copy);
        BackupFiles.extractDatabase(h2Zip, copy.resolve(BackupFiles.DATABASE));
        long before = Files.size(copy.resolve(BackupFiles.DATABASE));
        Database.compactCopy(copy, key);
        Path file = copy.resolve(BackupFiles.DATABASE);
        if (Files.size(file) >= before) {
            return h2Zip;
        }
        Path zip = work.resolve("h2-compact.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry(BackupFiles.DATABASE));
            Files.copy(file, out);
            out.closeEntry();
        }
        return zip;
    }

    /**
     * Verifies the new file as a restore would ({@link #verify}): its copy's fingerprint against its manifest, which
     * holds the live store's. Deletes the file and says so when they differ or it cannot be read.
     */
    private void verifyOrDelete(Path part, StoreKey key) throws IOException {
        try {
            verify(part, key);
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
     * Checks a backup file before anything is restored from it, in an order where nothing of the file
     * is opened by H2 until it is known to be this desk's own (ADR 0033): a zip with a manifest and a
     * database; with {@code key} (an encrypted desk), the keyring is of this key and the MAC matches;
     * the catalogue, read as data, holds only what the migrations make; then the database opens on its
     * own and every table matches the manifest. Returns the manifest.
     */
    public BackupManifest verify(Path zip, StoreKey key) {
        return verifyReadingAdministrators(zip, key).manifest();
    }

    /** A verified backup's manifest and the login names of its active administrators. */
    record Verified(BackupManifest manifest, List<String> administrators) {
    }

    Verified verifyReadingAdministrators(Path zip, StoreKey key) {
        BackupManifest manifest = authenticate(zip, key);
        try (DatabaseCopy copy = DatabaseCopy.open(zip, key, manifest.schemaVersion())) {
            List<String> diff = copy.fingerprint().differences(manifest.fingerprint());
            if (!diff.isEmpty() || !copy.schemaVersion().equals(manifest.schemaVersion())) {
                throw new BackupException(BackupProblem.DAMAGED, zip.getFileName().toString(),
                        new IllegalStateException("tables differ from the manifest: " + String.join(", ", diff)));
            }
            return new Verified(manifest, copy.administrators());
        }
    }

    /** The manifest of {@code zip} once its keyring and MAC prove it this key's (for a plain test store: none). */
    static BackupManifest authenticate(Path zip, StoreKey key) {
        String name = zip.getFileName().toString();
        BackupFiles.Contents c = BackupFiles.contents(zip);
        if (key != null) {
            if (c.keyring() == null || c.mac() == null) {
                throw new BackupException(BackupProblem.UNSIGNED, name);
            }
            String keyId;
            try {
                keyId = Keyring.parse(c.keyring()).keyId();
            } catch (IOException e) {
                throw new BackupException(BackupProblem.FOREIGN_FILE, name, e);
            }
            if (!key.id().equals(keyId)) {
                throw new BackupException(BackupProblem.OTHER_DESK, name);
            }
            if (!new BackupSeal(key).matches(c)) {
                throw new BackupException(BackupProblem.TAMPERED, name);
            }
        } else if (c.keyring() != null) {
            throw new BackupException(BackupProblem.OTHER_DESK, name);
        }
        try {
            return BackupManifest.fromJson(c.manifest());
        } catch (IOException e) {
            throw new BackupException(BackupProblem.FOREIGN_FILE, name, e);
        }
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
