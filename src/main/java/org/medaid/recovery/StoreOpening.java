package org.medaid.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.medaid.backup.BackupService;
import org.medaid.backup.RestoreService;
import org.medaid.security.StoreKey;
import org.medaid.store.Database;
import org.medaid.store.StoreCheck;
import org.medaid.store.StoreException;
import org.medaid.store.StoreTip;

/**
 * Opens the store only if it passes {@link StoreCheck} (ADR 0030). When it does not, the damaged file is
 * copied into {@code damaged/} in the data folder (the original stays where it is, untouched), the newest
 * backup that verifies is found, and a {@link DamagedStoreException} says both; {@link #restore} then
 * stages that backup for the next start through the backup package's restore.
 */
public final class StoreOpening {

    static final String DAMAGED_FOLDER = "damaged";
    private static final String STORE_FILE = "medaid.mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path backupFolder;
    private final List<StoreCheck.Verifier> verifiers;
    private final Clock clock;

    public StoreOpening(Path backupFolder, List<StoreCheck.Verifier> verifiers, Clock clock) {
        this.backupFolder = backupFolder;
        this.verifiers = List.copyOf(verifiers);
        this.clock = clock;
    }

    /** The checked store, opened by {@code opener} once the check passed; a store in use by another desk is reported as such (a {@link StoreException}), not as damaged. */
    public Database open(Path folder, java.util.function.Function<Path, Database> opener) {
        if (!Files.isRegularFile(folder.resolve(STORE_FILE))) {
            return opener.apply(folder);
        }
        boolean migrates = check(folder, null, (done, all) -> { });
        return openChecked(folder, null, migrates, () -> opener.apply(folder));
    }

    /**
     * The encrypted store of a login (ADR 0033), checked with its key before it is opened for work; the
     * backups are verified and restored with the same key.
     */
    public Database open(Path folder, StoreKey key) {
        return open(folder, key, (done, all) -> { });
    }

    /** As {@link #open(Path, StoreKey)}, telling {@code progress} (parts passed, parts in all) as the check goes on. */
    public Database open(Path folder, StoreKey key, java.util.function.BiConsumer<Integer, Integer> progress) {
        if (!Files.isRegularFile(folder.resolve(STORE_FILE))) {
            return Database.open(folder, key);
        }
        boolean migrates = check(folder, key, progress);
        return openChecked(folder, key, migrates, () -> Database.open(folder, key));
    }

    /**
     * The store of a login that shows its first page before the full check ends (ADR 0090). Before anything is
     * shown, the file opens read-only and passes what is quick: H2 opens it, it needs no migration (one that does is
     * checked and opened as before, {@link #open(Path, StoreKey)}) and it reaches its tip marker ({@link StoreTip}: not
     * cut short, not replaced). The store returned is checking ({@link Database#isChecking}): it serves reads, and
     * its transactions wait for {@link #finishCheck}. A store that fails here is kept aside as {@link #open} does.
     */
    public Database openForReading(Path folder, StoreKey key) {
        return openForReading(folder, key, (done, all) -> { });
    }

    /**
     * As {@link #openForReading(Path, StoreKey)}; a store that migrates is checked whole first, telling {@code progress}
     * (parts passed, parts in all) as it goes (ADR 0106): the login says how far that check is.
     */
    public Database openForReading(Path folder, StoreKey key, java.util.function.BiConsumer<Integer, Integer> progress) {
        if (!Files.isRegularFile(folder.resolve(STORE_FILE))) {
            return Database.open(folder, key);
        }
        Database db = null;
        boolean migrates;
        try {
            db = Database.openForReading(folder, key);
            Path dir = folder.toAbsolutePath();
            db.read(c -> {
                StoreTip.verify(dir, c);
                return null;
            });
            migrates = db.hasPendingMigrations();
        } catch (RuntimeException e) {
            if (db != null) {
                db.close();
            }
            throw damaged(folder, key, e);
        }
        if (migrates) {
            db.close();
            return open(folder, key, progress);
        }
        return db;
    }

    /**
     * The rest of the check of a store from {@link #openForReading} (ADR 0090), on the calling thread: every table
     * and verifier ({@link StoreCheck}, {@code progress} told parts done of all), then the store is handed over to
     * the open for work and {@code afterOpen} runs before any waiting transaction. A store that fails is closed before its file is copied aside, and the
     * {@link DamagedStoreException} fails the store's waiting transactions and is thrown. A store the desk closed
     * meanwhile (its exit) is left closed: nothing is concluded, nothing written.
     */
    public void finishCheck(Database db, StoreKey key, java.util.function.BiConsumer<Integer, Integer> progress,
            java.util.function.Consumer<Database> afterOpen) {
        Path folder = db.folder();
        try {
            StoreCheck.verify(db, verifiers, progress);
        } catch (RuntimeException e) {
            if (db.isClosed()) {
                return;
            }
            if (isInUse(e)) {
                db.fail(e);
                throw e;
            }
            // the file is copied aside while the read-only open still holds it: H2 writes nothing into it
            DamagedStoreException damaged = damaged(folder, key, e);
            db.fail(damaged);
            throw damaged;
        }
        org.medaid.logging.Timing.mark("store: checked after the first page, opening for work");
        db.handOver(() -> openChecked(folder, key, false, () -> Database.open(folder, key)), afterOpen);
        org.medaid.logging.Timing.mark("store: handed over to work");
    }

    private DamagedStoreException damaged(Path folder, StoreKey key, RuntimeException e) {
        if (isInUse(e)) {
            throw e;
        }
        DamagedStoreException.Backup newest = newestVerifiedBackup(key);
        return new DamagedStoreException(String.valueOf(e.getMessage()), keepAside(folder, e), newest, e,
                newest == null ? null : () -> restore(folder, newest, key));
    }

    /**
     * The open for work after the check passed. When it migrates the store (the first open after an upgrade),
     * the file as found is kept until the open succeeded ({@code medaid.mv.db.opening}): a migration that fails
     * half-way (H2 commits each DDL statement) is then undone by putting the file back, and the file is kept
     * aside with the newest backup offered, never a raw database message. An open that does not migrate only
     * recovers and compacts (a new file swapped in by a rename, ADR 0053) and is not copied first; a file cut
     * short between sessions is caught by the check's tip marker ({@link StoreTip}) before it gets here.
     */
    private Database openChecked(Path folder, StoreKey key, boolean migrates, java.util.function.Supplier<Database> open) {
        Path store = folder.resolve(STORE_FILE);
        Path asFound = folder.resolve(STORE_FILE + ".opening");
        deleteQuietly(asFound);
        if (migrates) {
            try {
                Files.copy(store, asFound, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new StoreException("cannot keep the store as found before migrating it: " + e.getMessage(), e);
            }
        }
        try {
            Database db = open.get();
            deleteQuietly(asFound);
            return db;
        } catch (RuntimeException e) {
            if (isInUse(e)) {
                deleteQuietly(asFound);
                throw e;
            }
            if (migrates) {
                try {
                    Files.move(asFound, store, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException moved) {
                    e.addSuppressed(moved);
                }
            }
            DamagedStoreException.Backup newest = newestVerifiedBackup(key);
            throw new DamagedStoreException(String.valueOf(e.getMessage()), keepAside(folder, e), newest, e,
                    newest == null ? null : () -> restore(folder, newest, key));
        }
    }

    /**
     * The check runs on the store opened read-only, so a damaged file is copied aside exactly as found: the
     * store's own check, then its tip marker ({@link StoreTip}). Returns whether the work open will migrate it.
     */
    private boolean check(Path folder, StoreKey key, java.util.function.BiConsumer<Integer, Integer> progress) {
        Database db = null;
        try {
            db = Database.openReadOnly(folder, key);
            StoreCheck.verify(db, verifiers, progress);
            Path dir = folder.toAbsolutePath();
            db.read(c -> {
                StoreTip.verify(dir, c);
                return null;
            });
            return db.hasPendingMigrations();
        } catch (RuntimeException e) {
            if (isInUse(e)) {
                throw e;
            }
            if (db != null) {
                closeQuietly(db, e);
                db = null;
            }
            DamagedStoreException.Backup newest = newestVerifiedBackup(key);
            throw new DamagedStoreException(String.valueOf(e.getMessage()), keepAside(folder, e), newest, e,
                    newest == null ? null : () -> restore(folder, newest, key));
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover copy is replaced at the next open
        }
    }

    private static boolean isInUse(RuntimeException e) {
        return e instanceof StoreException && String.valueOf(e.getMessage()).contains("in use");
    }

    private static void closeQuietly(Database db, RuntimeException cause) {
        try {
            db.close();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** Copies the damaged file for support; the copy is never overwritten (a new name each time). */
    private Path keepAside(Path folder, RuntimeException cause) {
        Path target = folder.resolve(DAMAGED_FOLDER).resolve("medaid-" + LocalDateTime.now(clock).format(STAMP) + ".mv.db");
        try {
            Files.createDirectories(target.getParent());
            for (int n = 2; Files.exists(target); n++) {
                target = target.resolveSibling("medaid-" + LocalDateTime.now(clock).format(STAMP) + "-" + n + ".mv.db");
            }
            Files.copy(folder.resolve(STORE_FILE), target, StandardCopyOption.COPY_ATTRIBUTES);
            return target;
        } catch (IOException e) {
            cause.addSuppressed(e);
            return null;
        }
    }

    /** The newest backup zip in the backup folder that passes the backup package's own verification. */
    public DamagedStoreException.Backup newestVerifiedBackup() {
        return newestVerifiedBackup(null);
    }

    /** The newest backup that verifies with {@code key} (null for a plain test store). */
    public DamagedStoreException.Backup newestVerifiedBackup(StoreKey key) {
        List<Path> zips = new ArrayList<>();
        if (Files.isDirectory(backupFolder)) {
            try (Stream<Path> files = Files.list(backupFolder)) {
                files.filter(f -> f.getFileName().toString().endsWith(".zip") && Files.isRegularFile(f)).forEach(zips::add);
            } catch (IOException e) {
                return null;
            }
        }
        zips.sort(Comparator.comparing(StoreOpening::modified).reversed());
        BackupService backups = new BackupService(clock, "store-check");
        for (Path zip : zips) {
            try {
                return new DamagedStoreException.Backup(zip, backups.verify(zip, key).createdAt());
            } catch (RuntimeException e) {
                // not verifiable: try the next older one
            }
        }
        return null;
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    /**
     * Stages {@code backup} to replace the damaged store at the next start. The damaged file was already
     * copied aside by {@link #open}; the restore's own swap happens before H2 touches the folder.
     */
    public void restore(Path folder, DamagedStoreException.Backup backup) {
        restore(folder, backup, null);
    }

    /** {@link #restore(Path, DamagedStoreException.Backup)} for an encrypted store and its backups. */
    public void restore(Path folder, DamagedStoreException.Backup backup, StoreKey key) {
        new RestoreService(new BackupService(clock, "store-check"), clock).stageReplacingDamaged(folder, backup.file(), key);
    }
}
