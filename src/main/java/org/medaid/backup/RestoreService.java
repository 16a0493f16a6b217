package org.medaid.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Properties;
import org.medaid.security.KeyWrap;
import org.medaid.security.Keyring;
import org.medaid.security.KeyringLogin;
import org.medaid.security.RecoveryCode;
import org.medaid.security.StoreKey;
import org.medaid.store.Database;

/**
 * Restore from a backup (ADR 0026), in two halves so the live store is never half replaced: while the
 * desk runs, the backup is checked, the current data is itself backed up (verified), and the backup's
 * database is unpacked next to the store as a pending restore; the next time the store opens,
 * {@link #applyPending} swaps it in with one atomic move before H2 touches the folder.
 */
public final class RestoreService {

    static final String PENDING = "restore-pending";
    static final String MARKER = "restore.properties";
    /** The prefix of the safety backup written before a restore. */
    public static final String BEFORE_RESTORE = "medaid-before-restore";

    private final BackupService backups;
    private final Clock clock;

    public RestoreService(BackupService backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    /**
     * The manifest of a backup fit to restore into {@code live}: this desk's (its key's MAC), nothing in
     * it that the migrations did not make, verified, and not from a newer schema than the program's.
     */
    public BackupManifest check(Path zip, Database live) {
        return check(zip, live.key().orElse(null), live.schemaVersion());
    }

    BackupManifest check(Path zip, StoreKey key, String programSchema) {
        BackupManifest peek = BackupService.authenticate(zip, key);
        if (compareVersions(peek.schemaVersion(), programSchema) > 0) {
            throw new BackupException(BackupProblem.NEWER_SCHEMA, peek.schemaVersion(),
                    new IllegalStateException("backup schema " + peek.schemaVersion() + " is newer than " + programSchema));
        }
        BackupManifest m = backups.verify(zip, key);
        if (compareVersions(m.schemaVersion(), programSchema) > 0) {
            throw new BackupException(BackupProblem.NEWER_SCHEMA, m.schemaVersion(),
                    new IllegalStateException("backup schema " + m.schemaVersion() + " is newer than " + programSchema));
        }
        return m;
    }

    /**
     * Checks {@code zip}, backs up the live store into {@code safetyFolder}, and stages the restore; the
     * live store is not touched. Returns the safety backup. The restore takes effect when the store reopens.
     */
    public BackupResult stage(Database live, Path zip, Path safetyFolder) {
        BackupManifest m = check(zip, live);
        BackupResult safety = backups.backup(live, safetyFolder, BEFORE_RESTORE);
        unpack(live.folder(), zip, m, safety.file().toString());
        return safety;
    }

    /** Unpacks the backup's database as the pending restore; the marker is written last. */
    private void unpack(Path dataFolder, Path zip, BackupManifest m, String safetyBackup) {
        Path pending = dataFolder.resolve(PENDING);
        try {
            Files.createDirectories(pending);
            Files.deleteIfExists(pending.resolve(MARKER));
            BackupFiles.extractDatabase(zip, pending.resolve(BackupFiles.DATABASE));
            Properties marker = new Properties();
            marker.setProperty("source", zip.toAbsolutePath().toString());
            marker.setProperty("createdAt", m.createdAt());
            marker.setProperty("rows", Long.toString(m.totalRows()));
            if (safetyBackup != null) {
                marker.setProperty("safetyBackup", safetyBackup);
            }
            marker.setProperty("stagedAt", LocalDateTime.now(clock).withNano(0).toString());
            // The marker is written last: without it a half-unpacked file is never swapped in.
            Path part = pending.resolve(MARKER + ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                marker.store(out, "medaid-desk: restore on next start");
            }
            Files.move(part, pending.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.DATA_FOLDER_FAILED, pending + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stages {@code zip} over a store that failed its check at open (ADR 0030): the backup is verified,
     * but no safety backup of the live store is made (it cannot be read; the store check keeps a copy of
     * it aside). Takes effect at the next {@link #applyPending}. With {@code key} null only a plain (test)
     * backup verifies: an encrypted desk's backups need its key, so before login nothing is staged.
     */
    public void stageReplacingDamaged(Path dataFolder, Path zip, StoreKey key) {
        unpack(dataFolder, zip, backups.verify(zip, key), null);
    }

    /** Where a restore on a new PC is assembled before it moves into the data folder. */
    static final String NEW_DESK = "restore-new-desk";

    /**
     * What a backup holds, shown before it is restored on a new PC: its manifest (when, which program and
     * schema, rows per table) and the login names of its active administrators.
     */
    public record NewDeskBackup(BackupManifest manifest, java.util.List<String> administrators) {

        /** The people (PERSON rows) the backup holds. */
        public long people() {
            TableSum t = manifest.tables().get("PERSON");
            return t == null ? 0 : t.rows();
        }
    }

    /**
     * A backup to restore on a new PC (ADR 0045, 0054), checked and nothing written: its own keyring must open
     * with the recovery code ({@code login} null) or the password of one of its active 系统管理员, and it is
     * verified as any restore (only the desk's entries, MAC, catalogue, tables).
     */
    public NewDeskBackup inspectForNewDesk(Path zip, String login, char[] secret) {
        String name = zip.getFileName().toString();
        BackupFiles.Contents c = BackupFiles.contents(zip);
        if (c.keyring() == null || c.mac() == null) {
            throw new BackupException(BackupProblem.UNSIGNED, name);
        }
        Keyring ring = keyring(c, name);
        StoreKey key = unwrap(ring, login, secret).orElseThrow(() -> new BackupException(BackupProblem.WRONG_SECRET, name));
        BackupService.Verified v = backups.verifyReadingAdministrators(zip, key);
        if (login != null && !v.administrators().contains(KeyringLogin.normalize(login))) {
            throw new BackupException(BackupProblem.NOT_ADMINISTRATOR, login);
        }
        return new NewDeskBackup(v.manifest(), v.administrators());
    }

    /**
     * A backup restored on a new PC: checked as {@link #inspectForNewDesk}, then its database and keyring are
     * assembled in a side folder and moved into the empty {@code dataFolder} ({@link #finishNewDesk}), where
     * the ordinary login opens them. A kill at any point leaves either nothing or, at the next start, all.
     */
    public NewDeskBackup restoreOnNewDesk(Path zip, Path dataFolder, String login, char[] secret) {
        if (Keyring.exists(dataFolder) || Files.exists(dataFolder.resolve(BackupFiles.DATABASE))) {
            throw new BackupException(BackupProblem.DATA_FOLDER_FAILED, dataFolder + " already holds a store");
        }
        NewDeskBackup checked = inspectForNewDesk(zip, login, secret);
        Keyring ring = keyring(BackupFiles.contents(zip), zip.getFileName().toString());
        Path staging = dataFolder.resolve(NEW_DESK);
        try {
            if (Files.exists(staging)) {
                DatabaseCopy.delete(staging);
            }
            Files.createDirectories(staging);
            BackupFiles.extractDatabase(zip, staging.resolve(BackupFiles.DATABASE));
            ring.write(staging);
            // the marker is written last: without it a half-assembled folder is thrown away, never moved in
            Files.writeString(staging.resolve(MARKER), "ready", java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SYNC);
        } catch (IOException | RuntimeException e) {
            DatabaseCopy.delete(staging);
            throw e instanceof BackupException b ? b
                    : new BackupException(BackupProblem.DATA_FOLDER_FAILED, dataFolder + ": " + e.getMessage(), e);
        }
        finishNewDesk(dataFolder);
        return checked;
    }

    /**
     * Finishes (or throws away) a restore on a new PC that a kill interrupted: with its marker, the database
     * and then the keyring move in (each an atomic move, skipped when already moved); without, the side
     * folder is deleted. Called before anyone reads the data folder's state.
     */
    public static void finishNewDesk(Path dataFolder) {
        Path staging = dataFolder.resolve(NEW_DESK);
        if (!Files.isDirectory(staging)) {
            return;
        }
        try {
            if (Files.isRegularFile(staging.resolve(MARKER))) {
                org.medaid.store.StoreTip.forget(dataFolder);
                CountyFiguresCopy.markRestored(dataFolder);
                for (String f : new String[] {BackupFiles.DATABASE, Keyring.FILE}) {
                    if (Files.isRegularFile(staging.resolve(f))) {
                        Files.move(staging.resolve(f), dataFolder.resolve(f), StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            }
        } catch (IOException e) {
            throw new BackupException(BackupProblem.DATA_FOLDER_FAILED, dataFolder + ": " + e.getMessage(), e);
        }
        DatabaseCopy.delete(staging);
    }

    private static Keyring keyring(BackupFiles.Contents c, String name) {
        try {
            return Keyring.parse(c.keyring());
        } catch (IOException e) {
            throw new BackupException(BackupProblem.FOREIGN_FILE, name, e);
        }
    }

    private static java.util.Optional<StoreKey> unwrap(Keyring ring, String login, char[] secret) {
        String entry = login == null ? RecoveryCode.ENTRY : KeyringLogin.normalize(login);
        char[] typed = login == null ? RecoveryCode.normalize(new String(secret)) : secret;
        KeyWrap.Wrapped w = ring.entries().get(entry);
        return w == null ? java.util.Optional.empty()
                : KeyWrap.unwrap(w, typed, entry).filter(k -> k.id().equals(ring.keyId()));
    }

    /** True when a restore waits in {@code dataFolder} for the next start. */
    public static boolean isPending(Path dataFolder) {
        return Files.isRegularFile(dataFolder.resolve(PENDING).resolve(MARKER));
    }

    /**
     * Before the store opens: swaps a staged restore in (one atomic move of the database file) and removes
     * the staging folder. Returns true when a restore was applied. Call it only while no store is open.
     */
    public static boolean applyPending(Path dataFolder) {
        Path pending = dataFolder.resolve(PENDING);
        Path staged = pending.resolve(BackupFiles.DATABASE);
        try {
            if (!isPending(dataFolder)) {
                if (Files.isDirectory(pending)) {
                    DatabaseCopy.delete(pending);
                }
                return false;
            }
            if (!Files.isRegularFile(staged)) {
                DatabaseCopy.delete(pending);
                return false;
            }
            // the tip marker describes the store being replaced: gone first, so a crash after it leaves the old
            // store without a marker (it passes), never the restored older store under the newer marker
            org.medaid.store.StoreTip.forget(dataFolder);
            // the county's figures come back from the restored store at its first open (before the move:
            // a kill between the two still finds the marker; a failed move takes it away again)
            CountyFiguresCopy.markRestored(dataFolder);
            try {
                Files.move(staged, dataFolder.resolve(BackupFiles.DATABASE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.deleteIfExists(dataFolder.resolve(CountyFiguresCopy.RESTORED));
                throw e;
            }
            Files.deleteIfExists(dataFolder.resolve("medaid.trace.db"));
            DatabaseCopy.delete(pending);
            return true;
        } catch (IOException e) {
            throw new BackupException(BackupProblem.DATA_FOLDER_FAILED, dataFolder + ": " + e.getMessage(), e);
        }
    }

    /** Flyway versions compared part by part as numbers: 9 < 10 < 10.1. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            BigInteger p = i < x.length ? new BigInteger(x[i]) : BigInteger.ZERO;
            BigInteger q = i < y.length ? new BigInteger(y[i]) : BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
