package org.medaid.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.message.DbException;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.db.Store;
import org.medaid.security.StoreKey;
import org.medaid.store.crypt.AesFilePath;

/**
 * The desk's embedded H2 database in file mode, in one data folder, migrated by Flyway on open
 * (ADR 0006). A small pool of connections serves the screens; each user action is one transaction
 * ({@link #inTransaction}); the work gets a {@link Tx}, never the connection (ADR 0045). Close it when the
 * desk closes.
 */
public final class Database implements AutoCloseable, Readers {

    /** H2 error code of a database file locked by another process. */
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int POOL_SIZE = 4;
    /** Flyway reports every open at INFO through java.util.logging; a desk needs only its warnings. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final Path folder;
    /** The connections; replaced once when a store opened for reading is handed over to work (ADR 0090). */
    private volatile JdbcConnectionPool pool;
    private final StoreCredentials credentials;
    private final String schemaVersion;
    /** Whether each commit is written and forced to the device before it returns (ADR 0028). */
    private volatile boolean synced;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private volatile boolean closed;
    /** Opened read-only for the check at open: closing it only disposes the pool (nothing is written). */
    private volatile boolean readOnly;
    /**
     * Done when the store is open for work: at once for every open but {@link #openForReading}, whose check
     * runs while the desk shows it (ADR 0090); failed with the check's reason when the store is damaged.
     */
    private final java.util.concurrent.CompletableFuture<Void> checked;
    /** Reads hold it shared; the hand-over from the read-only open to the work open holds it alone. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock handover = new java.util.concurrent.locks.ReentrantReadWriteLock();
    /** Asked to start the check when a write must wait for it (ADR 0090). */
    private volatile Runnable checkStarter = () -> { };

    private Database(Path folder, JdbcConnectionPool pool, StoreCredentials credentials, String schemaVersion,
            Durability durability) {
        this(folder, pool, credentials, schemaVersion, durability, false);
    }

    private Database(Path folder, JdbcConnectionPool pool, StoreCredentials credentials, String schemaVersion,
            Durability durability, boolean readOnly) {
        this(folder, pool, credentials, schemaVersion, durability, readOnly,
                java.util.concurrent.CompletableFuture.completedFuture(null));
    }

    private Database(Path folder, JdbcConnectionPool pool, StoreCredentials credentials, String schemaVersion,
            Durability durability, boolean readOnly, java.util.concurrent.CompletableFuture<Void> checked) {
        this.checked = checked;
        this.readOnly = readOnly;
        this.folder = folder;
        this.pool = pool;
        this.credentials = credentials;
        this.schemaVersion = schemaVersion;
        this.synced = durability.forcesAfterCommit();
    }

    /**
     * Opens (creating and migrating when needed) an UNENCRYPTED database in {@code folder}: for tests
     * only. The desk opens its store with {@link #open(Path, StoreKey)}; ArchitectureTest refuses any
     * production caller of this method.
     */
    public static Database open(Path folder) {
        return open(folder, StoreCredentials.plain(), null, Durability.SYNCED);
    }

    /**
     * An unencrypted test store with the given durability; the desk always uses {@link Durability#SYNCED},
     * the other levels are for measuring what it costs (ADR 0028).
     */
    public static Database open(Path folder, Durability durability) {
        return open(folder, StoreCredentials.plain(), null, durability);
    }

    /**
     * Opens (creating and migrating when needed) the AES-encrypted store in {@code folder} with its key
     * (ADR 0033): migrations run as the store's owner, the desk's work as a user without DDL rights.
     */
    public static Database open(Path folder, StoreKey key) {
        return open(folder, StoreCredentials.encrypted(key), null, Durability.SYNCED);
    }

    /**
     * A new store migrated only up to {@code schemaVersion}, encrypted when {@code key} is given: the
     * pattern a backup of that version is compared with (ADR 0033).
     */
    public static Database migratedTo(Path folder, StoreKey key, String schemaVersion) {
        return open(folder, key == null ? StoreCredentials.plain() : StoreCredentials.encrypted(key), schemaVersion,
                Durability.SYNCED);
    }

    private static Database open(Path folder, StoreCredentials credentials, String target, Durability durability) {
        Path dir = folder.toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + dir + ": " + e.getMessage(), e);
        }
        org.medaid.logging.Timing.mark("store: open for work, recovering");
        shutDownCleanly(credentials.compactingUrl(dir) + durability.urlSettings(), credentials, dir);
        org.medaid.logging.Timing.mark("store: recovered, migrating");
        String url = credentials.ownerUrl(dir) + durability.urlSettings();
        JdbcConnectionPool owner = JdbcConnectionPool.create(url, credentials.ownerUser(), credentials.ownerPassword());
        JdbcConnectionPool pool = null;
        try {
            checkOpens(owner, dir);
            // out of order: migrations were numbered in ranges per line of work, so a store made by an earlier
            // release (say at V50) still gets a later release's V22 or V35 (ADR 0028, "Upgrades")
            // Flyway (scan, validation) only when a bundled migration is missing from the store (ADR 0079)
            if (target != null || pending(owner)) {
                var flyway = Flyway.configure().dataSource(owner).locations("classpath:db/migration")
                        .javaMigrations(new AuditChainMigration()).outOfOrder(true);
                if (target != null) {
                    flyway.target(target);
                }
                flyway.load().migrate();
            }
            org.medaid.logging.Timing.mark("store: migrated");
            credentials.grantAppUser(owner);
            try (Connection c = owner.getConnection()) {
                StoreTip.record(dir, c);
            } catch (SQLException e) {
                throw Sql.failure("cannot read the audit chain's tip", e);
            }
            // the durability settings are the owner's to set (they need admin rights, and H2 keeps them in the
            // file); the desk's own user connects without them
            pool = JdbcConnectionPool.create(credentials.url(dir), credentials.appUser(), credentials.appPassword());
            pool.setMaxConnections(POOL_SIZE);
            return new Database(dir, pool, credentials, readSchemaVersion(pool), durability);
        } catch (FlywayException e) {
            dispose(pool);
            throw new StoreException("cannot bring the database in " + dir + " up to date: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            dispose(pool);
            throw e;
        } finally {
            owner.dispose();
        }
    }

    /**
     * Starts H2's engine on a throwaway in-memory database and closes it (ADR 0079): the login's open of the
     * store then finds the engine's classes loaded. Touches no file. The bundled migrations' versions are listed here
     * too (ADR 0102): the listing walks the class path's jars, which the login's comparison then need not do.
     */
    public static void warmUp() {
        BundledMigrations.versions();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:mem:warm-up-" + System.nanoTime());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(id BIGINT PRIMARY KEY, v VARCHAR(20))");
            s.execute("INSERT INTO t VALUES (1, 'a')");
            try (ResultSet rs = s.executeQuery("SELECT v FROM t WHERE id = 1")) {
                rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("H2 could not start: " + e.getMessage(), e);
        }
        warmUpEncryptedFile();
    }

    /**
     * The login's read-only open of an encrypted file (ADR 0090): the same path (an AES file store written, shut down,
     * opened read-only, its pages decrypted and decoded by a query over an index) runs once on a throwaway store in
     * H2's in-memory file system, so the JIT has the code before the real open. Nothing is written to any disk; the
     * throwaway key is random and the store holds only numbers.
     */
    private static void warmUpEncryptedFile() {
        String name = "memFS:/medaid-warm-up-" + System.nanoTime() + "/w";
        String secret = java.util.HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(16));
        String url = "jdbc:h2:" + AesFilePath.name(name, secret.toCharArray());
        try {
            try (Connection c = java.sql.DriverManager.getConnection(url, "w", "w"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t(id BIGINT PRIMARY KEY, v VARCHAR(40), d DATE)");
                s.execute("CREATE INDEX t_v ON t(v)");
                s.execute("INSERT INTO t SELECT x, 'v' || MOD(x * 7919, 5000), DATE '2024-01-01' + MOD(x, 300) "
                        + "FROM SYSTEM_RANGE(1, 5000)");
                s.execute("SHUTDOWN");
            }
            try (Connection c = java.sql.DriverManager.getConnection(url + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", "w", "w");
                    Statement s = c.createStatement()) {
                for (int i = 0; i < 3; i++) {
                    try (ResultSet rs = s.executeQuery("SELECT id, v, d FROM t WHERE v >= 'v1' ORDER BY v LIMIT 50")) {
                        while (rs.next()) {
                            rs.getObject(3, java.time.LocalDate.class);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("H2 could not start: " + e.getMessage(), e);
        } finally {
            org.h2.store.fs.FileUtils.deleteRecursive(name.substring(0, name.lastIndexOf('/')), true);
        }
    }

    /** Work on a store copy that may read with several connections at once ({@link #readCopyWith}). */
    public interface CopyWork<T> {
        T run(Readers copy) throws SQLException;
    }

    /**
     * Runs {@code work} on a store copy in {@code folder} (a backup being checked) as the desk's restricted user, with up
     * to {@code connections} connections: {@code work} may read it from several threads at once (the backup's
     * fingerprint, ADR 0109). Never creates a database where none is, and closes the copy after. The first connection
     * is opened here, so a file that is no store of this key fails with H2's {@link SQLException} before {@code work}
     * runs; a failure inside a read is a {@link StoreException}.
     */
    public static <T> T readCopyWith(Path folder, StoreKey key, int connections, CopyWork<T> work) throws SQLException {
        StoreCredentials cred = key == null ? StoreCredentials.plain() : StoreCredentials.encrypted(key);
        JdbcConnectionPool pool = JdbcConnectionPool.create(cred.url(folder.toAbsolutePath()) + ";IFEXISTS=TRUE",
                cred.appUser(), cred.appPassword());
        pool.setMaxConnections(connections + 1);
        try (Connection first = pool.getConnection()) {
            Sql.keepResultsInMemory(first);
            return work.run(new Readers() {
                @Override
                public <R> R read(SqlWork<R> w) {
                    return readOn(pool, w, "reading the copy failed");
                }
            });
        } finally {
            pool.dispose();
        }
    }

    private static void dispose(JdbcConnectionPool pool) {
        if (pool != null) {
            pool.dispose();
        }
    }

    /**
     * Opens the file once and shuts it down cleanly before the desk's own open (ADR 0028, 0053): after a
     * crash, H2 recovers the file here, and a clean shutdown writes the file's header anew. This open reuses
     * space: when less than half of the file holds live data ({@value #COMPACT_BELOW_FILL} %), the shutdown
     * is {@code SHUTDOWN COMPACT}, which copies the live pages into a new file and swaps it in atomically;
     * otherwise a plain {@code SHUTDOWN}. The desk's own open then appends (REUSE_SPACE=FALSE), so the file
     * grows by the session's work until a later open compacts it.
     */
    private static void shutDownCleanly(String url, StoreCredentials credentials, Path dir) {
        JdbcConnectionPool first = JdbcConnectionPool.create(url, credentials.ownerUser(), credentials.ownerPassword());
        try {
            checkOpens(first, dir);
            try (Connection c = first.getConnection(); Statement s = c.createStatement()) {
                s.execute(liveFillRate(s) < COMPACT_BELOW_FILL ? "SHUTDOWN COMPACT" : "SHUTDOWN");
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the database in " + dir + ": " + e.getMessage(), e);
        } finally {
            first.dispose();
        }
    }

    /** The share of the file's chunks that hold live data, in percent (H2's own figure; 100 if not given). */
    static int liveFillRate(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1).trim()) : 100;
        }
    }

    /**
     * Compacts a closed copy of a store (a backup being made, ADR 0053) when less than half of it is live:
     * H2's {@code BACKUP TO} copies the file with the dead space a session's appended commits left, so a
     * backup taken after an import would otherwise be many times the store's live size.
     */
    public static void compactCopy(Path folder, StoreKey key) {
        Path dir = folder.toAbsolutePath();
        StoreCredentials credentials = key == null ? StoreCredentials.plain() : StoreCredentials.encrypted(key);
        shutDownCleanly(credentials.compactingUrl(dir) + ";IFEXISTS=TRUE", credentials, dir);
    }

    /** Below this share of live data (percent) the open before the desk's compacts the file fully (ADR 0053). */
    static final int COMPACT_BELOW_FILL = 50;

    /**
     * Opens an existing store read-only, without migrating it, for the check at open (ADR 0030): H2 writes
     * nothing into a file it opens this way, so a damaged file stays exactly as it was found.
     */
    public static Database openReadOnly(Path folder) {
        return openReadOnly(folder, null);
    }

    /**
     * Opens an existing store read-only as its owner, encrypted when {@code key} is given (the check at login,
     * ADR 0030/0033): H2 writes nothing into the file, so a damaged file stays exactly as it was found.
     */
    public static Database openReadOnly(Path folder, StoreKey key) {
        return readOnly(folder, key, 2, java.util.concurrent.CompletableFuture.completedFuture(null));
    }

    /**
     * The store of a login that shows its first page before its check ends (ADR 0090): opened read-only as
     * {@link #openReadOnly(Path, StoreKey)}, with connections for the check's readers and the screens, and
     * <em>checking</em> until {@link #handOver} or {@link #fail}. Reads are served from the read-only open;
     * a transaction waits until the check has passed and the store is open for work, and fails with the
     * check's reason if it did not ({@link #inTransaction}).
     */
    public static Database openForReading(Path folder, StoreKey key) {
        return readOnly(folder, key, POOL_SIZE + StoreCheck.READERS, new java.util.concurrent.CompletableFuture<>());
    }

    private static Database readOnly(Path folder, StoreKey key, int connections,
            java.util.concurrent.CompletableFuture<Void> checked) {
        Path dir = folder.toAbsolutePath();
        StoreCredentials credentials = key == null ? StoreCredentials.plain() : StoreCredentials.encrypted(key);
        String url = credentials.ownerUrl(dir) + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, credentials.ownerUser(), credentials.ownerPassword());
        pool.setMaxConnections(connections);
        try {
            org.medaid.logging.Timing.mark("store: read-only open for the check");
            checkOpens(pool, dir);
            org.medaid.logging.Timing.mark("store: read-only open done");
            return new Database(dir, pool, credentials, readSchemaVersion(pool), Durability.DELAYED, true, checked);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** Whether this store is still being checked: read-only, its transactions waiting (ADR 0090). */
    public boolean isChecking() {
        return !checked.isDone();
    }

    /**
     * Completes when the store is open for work (at once for a store not opened by {@link #openForReading});
     * completes exceptionally with the check's reason when the store failed it.
     */
    public java.util.concurrent.CompletableFuture<Void> whenOpenForWork() {
        return checked.copy();
    }

    /** What starts the check when a transaction has to wait for it (the desk starts it after the first page). */
    public void setCheckStarter(Runnable starter) {
        this.checkStarter = starter == null ? () -> { } : starter;
    }

    /**
     * The check passed (ADR 0090): the read-only open is closed once no read runs, {@code workOpen} opens the file
     * for work (recovery, compaction, the tip marker, as every login's open), and this database uses its
     * connections from then on; {@code afterOpen} runs before any waiting transaction goes on (the login's queued
     * audit rows). If the desk closed this database meanwhile, nothing is opened. A work open that fails fails this
     * database with its reason, which is thrown.
     */
    public void handOver(java.util.function.Supplier<Database> workOpen, java.util.function.Consumer<Database> afterOpen) {
        synchronized (this) {
            handover.writeLock().lock();
            try {
                if (closed) {
                    return;
                }
                if (!readOnly || checked.isDone()) {
                    throw new IllegalStateException("only a store opened for reading is handed over, once");
                }
                pool.dispose();
                Database work;
                try {
                    work = workOpen.get();
                } catch (RuntimeException e) {
                    closed = true;
                    checked.completeExceptionally(e);
                    throw e;
                }
                pool = work.pool;
                synced = work.synced;
                readOnly = false;
                // still alone on the store: this thread's transactions do not wait (awaitOpenForWork)
                afterOpen.accept(this);
            } finally {
                handover.writeLock().unlock();
            }
        }
        checked.complete(null);
    }

    /**
     * The check failed (ADR 0090): the read-only open is closed (nothing was ever written into the file) and every
     * waiting or later transaction fails with {@code reason}.
     */
    public void fail(RuntimeException reason) {
        synchronized (this) {
            handover.writeLock().lock();
            try {
                if (!closed) {
                    closed = true;
                    pool.dispose();
                }
            } finally {
                handover.writeLock().unlock();
            }
        }
        checked.completeExceptionally(reason);
    }

    /** A transaction waits here while the store is being checked (ADR 0090). */
    private void awaitOpenForWork() {
        if (handover.isWriteLockedByCurrentThread()) {
            return;
        }
        if (!checked.isDone()) {
            if (handover.getReadHoldCount() > 0) {
                // a write inside this thread's read: waiting here would hold off the hand-over for ever
                throw new StoreException("a write inside a read cannot wait for the store's check (ADR 0090)");
            }
            checkStarter.run();
        }
        try {
            checked.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("the store check failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while the store was being checked", e);
        }
    }

    /** Whether the store lacks a bundled migration, told without Flyway; any doubt says yes (ADR 0079). */
    private static boolean pending(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection()) {
            return BundledMigrations.pending(c);
        } catch (SQLException e) {
            return true;
        }
    }

    private static void checkOpens(JdbcConnectionPool pool, Path dir) {
        try (Connection c = pool.getConnection()) {
            c.isValid(1);
            Sql.keepResultsInMemory(c);
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new StoreInUseException(dir, e);
            }
            throw new StoreException("cannot open the database in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String readSchemaVersion(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                        + "AND \"version\" IS NOT NULL ORDER BY CAST(\"version\" AS INT) DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "0";
        } catch (SQLException e) {
            throw new StoreException("cannot read the schema version: " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** The key of an encrypted store (to wrap it for a user or sign a backup); empty for a test's plain store. */
    public Optional<StoreKey> key() {
        return credentials.key();
    }

    /**
     * H2's online backup of the store into {@code zip}, run as the store's owner (the desk's own user
     * may not): an encrypted store's pages stay encrypted in the zip.
     */
    public void backupTo(Path zip) {
        awaitOpenForWork();
        try (Connection c = credentials.ownerConnection(folder); Statement s = c.createStatement()) {
            if (credentials.key().isEmpty()) {
                s.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
                return;
            }
            sealedBackup(c, zip);
        } catch (SQLException e) {
            throw Sql.failure("backup failed", e);
        } catch (IOException | MVStoreException | DbException e) {
            throw new StoreException("backup failed: " + e.getMessage(), e);
        }
    }

    /**
     * What H2's {@code BACKUP TO} does (the store flushed, then copied whole under H2's own lock), with the copy
     * stored encrypted as the file is (ADR 0107): through {@link AesFilePath} H2 reads the file decrypted.
     */
    private static void sealedBackup(Connection c, Path zip) throws SQLException, IOException {
        org.h2.engine.Database h2 = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase();
        Store store = h2.getStore();
        store.flush();
        FileStore<?> file = store.getMvStore().getFileStore();
        try (OutputStream out = Files.newOutputStream(zip);
                SealedBackupZip sealed = new SealedBackupZip(out, file.getFileName())) {
            synchronized (h2.getLobSyncObject()) {
                file.backup(sealed);
            }
        }
    }

    /**
     * Whether the desk's bundled migrations would change this store: read on the store opened for the check,
     * so that the file is kept as found only before an open that migrates it (ADR 0053).
     */
    public boolean hasPendingMigrations() {
        org.medaid.logging.Timing.mark("store: checked, comparing migrations");
        if (!pending(pool)) {
            return false;
        }
        try {
            return Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .javaMigrations(new AuditChainMigration()).outOfOrder(true).load().info().pending().length > 0;
        } catch (FlywayException e) {
            throw new StoreException("cannot compare the store with the desk's migrations: " + e.getMessage(), e);
        }
    }

    /** The version of the last migration applied (Flyway's schema history). */
    public String schemaVersion() {
        return schemaVersion;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     * Called inside another transaction of the same thread, it joins that one.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            return runJoined(joined, work);
        }
        awaitOpenForWork();
        var shared = handover.readLock();
        shared.lock();
        try (Connection c = pool.getConnection()) {
            Sql.keepResultsInMemory(c);
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = work.run(new Tx(c));
                c.commit();
                if (synced) {
                    Durability.sync(c);
                }
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                current.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Sql.failure("transaction failed", e);
        } finally {
            shared.unlock();
        }
    }

    private static <T> T runJoined(Connection c, SqlWork<T> work) {
        try {
            return work.run(new Tx(c));
        } catch (SQLException e) {
            throw Sql.failure("transaction failed", e);
        }
    }

    /** Runs read-only {@code work} on a pooled connection (inside the thread's transaction, if any). */
    public <T> T read(SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            return runJoined(joined, work);
        }
        var shared = handover.readLock();
        shared.lock();
        try {
            return readOn(pool, work, "read failed");
        } finally {
            shared.unlock();
        }
    }

    /** {@code work} on a connection of its own from {@code pool}, its results kept in the heap (ADR 0108). */
    private static <T> T readOn(JdbcConnectionPool pool, SqlWork<T> work, String failure) {
        try (Connection c = pool.getConnection()) {
            Sql.keepResultsInMemory(c);
            return work.run(new Tx(c));
        } catch (SQLException e) {
            throw Sql.failure(failure, e);
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Walks the audit trail's hash chain (ADR 0035): intact with its row count, or the first broken row. */
    public AuditCheck verifyAudit() {
        return read(AuditChain::verify);
    }

    /**
     * The desk's exit (ADR 0053): closes the store, then opens it once more to give back the space the
     * session's appended commits left, when less than half of the file is live (an import, a large load).
     * The next open then finds a compact file. Tests and short-lived tools close with {@link #close()}.
     */
    public synchronized void closeAndCompact() {
        boolean working = !closed && !readOnly;
        close();
        if (working) {
            shutDownCleanly(credentials.compactingUrl(folder), credentials, folder);
        }
    }

    /** Whether {@link #close()} has run (not synchronized: a read that asks never waits for a hand-over, ADR 0090). */
    public boolean isClosed() {
        return closed;
    }

    /** Closes every connection; H2 then writes and closes the file. A second call does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (readOnly) {
            pool.dispose();
            // a store closed while it was being checked (the desk exits): nothing was written, nothing will be
            checked.completeExceptionally(new StoreClosedWhileCheckingException());
            return;
        }
        try (Connection c = credentials.ownerConnection(folder); Statement s = c.createStatement()) {
            recordTipQuietly(c);
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new StoreException("closing the database failed: " + e.getMessage(), e);
        } finally {
            pool.dispose();
        }
    }

    /**
     * The tip marker at close (ADR 0053): a marker that cannot be written leaves the one written at the open,
     * which the store still reaches, so the close goes on.
     */
    private void recordTipQuietly(Connection c) {
        try {
            StoreTip.record(folder, c);
        } catch (RuntimeException e) {
            // the marker of the open stays: a looser check, never a false alarm
        }
    }
}
