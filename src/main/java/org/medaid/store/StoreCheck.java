package org.medaid.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The check a store passes before the desk starts on it (ADR 0030): H2 opened it (done by
 * {@link Database#open}), every migration in its history succeeded, every table reads from its first row
 * to its last with every column, and every {@link Verifier} added (the audit chain's, where present) agrees.
 * A failure names what failed; the store is then never used.
 *
 * <p>At a county's size (1,000,000 people) reading every row is most of a login (ADR 0084), and H2 decrypts and
 * decodes the pages of one query on one thread. The check therefore reads with {@value #READERS} readers, each
 * on its own connection to the same read-only open: large tables are cut into ranges of their {@code id}
 * primary key (every row falls in exactly one range), the verifiers run as parts of their own. Nothing is
 * left out and nothing is read later: the store is used only after every part passed.
 */
public final class StoreCheck {

    /** A further check of an open store, e.g. the audit hash chain; throws with its reason when it fails. */
    public interface Verifier {
        String name();

        void verify(Tx c) throws SQLException;
    }

    private StoreCheck() {
    }

    /** How many parts run at once: the desk's PCs have at least two cores, and the login waits for nothing else. */
    static final int READERS = 2;
    /** A table with more rows than this (H2's estimate) is read in ranges of its id. */
    static final long SPLIT_ABOVE = 100_000;
    /** Ranges a large table is cut into: more than the readers, so that a reader that is done takes the next. */
    static final int RANGES = 8;

    /** One piece of the check: reads what it names on the connection it is given; throws when it fails. */
    private interface Part {
        void run(Tx c) throws SQLException;
    }

    /** Runs the checks; throws {@link StoreException} naming the first that failed. */
    public static void verify(Database db, List<Verifier> verifiers) {
        verify(db, verifiers, READERS, SPLIT_ABOVE);
    }

    /** {@link #verify(Database, List)} with {@code readers} readers (1: one connection, as before ADR 0084): to measure. */
    public static void verify(Database db, List<Verifier> verifiers, int readers) {
        verify(db, verifiers, readers, SPLIT_ABOVE, (done, all) -> { });
    }

    /**
     * {@link #verify(Database, List)} telling {@code progress} (parts done, parts in all) after each part that passed,
     * on the reader's thread: the desk shows how far the check is while it runs after the first page (ADR 0090).
     */
    public static void verify(Database db, List<Verifier> verifiers, java.util.function.BiConsumer<Integer, Integer> progress) {
        verify(db, verifiers, READERS, SPLIT_ABOVE, progress);
    }

    static void verify(Database db, List<Verifier> verifiers, int readers, long splitAbove) {
        verify(db, verifiers, readers, splitAbove, (done, all) -> { });
    }

    /** {@link #verify(Database, List)} with the number of readers and the size above which a table is split. */
    static void verify(Database db, List<Verifier> verifiers, int readers, long splitAbove,
            java.util.function.BiConsumer<Integer, Integer> progress) {
        List<Part> parts = new ArrayList<>();
        db.read(c -> {
            migrationsSucceeded(c);
            for (TableRange r : ranges(c, splitAbove)) {
                parts.add(t -> readWhole(t, r));
            }
            return null;
        });
        for (Verifier v : verifiers) {
            parts.add(t -> {
                try {
                    v.verify(t);
                } catch (SQLException | RuntimeException e) {
                    throw new StoreException(v.name() + " failed: " + e.getMessage(), e);
                }
            });
        }
        progress.accept(0, parts.size());
        if (readers <= 1) {
            db.read(c -> {
                int done = 0;
                for (Part p : parts) {
                    p.run(c);
                    progress.accept(++done, parts.size());
                }
                return null;
            });
            return;
        }
        runTogether(db, parts, readers, progress);
    }

    /** Runs the parts on {@code readers} threads; the failure of the earliest part that failed is thrown. */
    private static void runTogether(Database db, List<Part> parts, int readers,
            java.util.function.BiConsumer<Integer, Integer> progress) {
        AtomicInteger n = new AtomicInteger();
        int[] done = {0};
        ExecutorService pool = Executors.newFixedThreadPool(readers, task -> {
            Thread t = new Thread(task, "store-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Part p : parts) {
                running.add(pool.submit(() -> db.read(c -> {
                    p.run(c);
                    // counted and told under one lock: two readers never tell their steps out of order, so the
                    // login's "n/46" never goes back (it once ended on 7/32 after 32/32)
                    synchronized (done) {
                        progress.accept(++done[0], parts.size());
                    }
                    return null;
                })));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new StoreException("the store check failed: " + e.getCause(), e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("the store check was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void migrationsSucceeded(Tx c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new StoreException("the schema history records a failed migration");
            }
        }
    }

    /**
     * What a reader reads: a whole table, or one range of a large table's {@code id} primary key. The first range
     * has no lower bound and the last no upper one, so every row of the table is in exactly one range.
     */
    record TableRange(String table, Long from, Long below) {

        String sql() {
            String select = "SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"";
            if (from == null && below == null) {
                return select;
            }
            return select + " WHERE " + (from == null ? "" : "\"ID\" >= " + from) + (from != null && below != null ? " AND " : "")
                    + (below == null ? "" : "\"ID\" < " + below);
        }
    }

    /** Every table of the store, those with more than {@code splitAbove} rows and an id primary key in ranges. */
    static List<TableRange> ranges(Tx c, long splitAbove) throws SQLException {
        List<TableRange> out = new ArrayList<>();
        List<String> byId = idKeyed(c);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME, ROW_COUNT_ESTIMATE "
                + "FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' "
                + "ORDER BY ROW_COUNT_ESTIMATE DESC, TABLE_NAME")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (rs.getLong(2) > splitAbove && byId.contains(table)) {
                    out.addAll(split(c, table));
                } else {
                    out.add(new TableRange(table, null, null));
                }
            }
        }
        return out;
    }

    /** The tables whose primary key is the one integer column {@code ID}. */
    private static List<String> idKeyed(Tx c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT k.TABLE_NAME "
                + "FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k "
                + "ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME "
                + "JOIN INFORMATION_SCHEMA.COLUMNS col ON col.TABLE_SCHEMA = k.TABLE_SCHEMA AND col.TABLE_NAME = k.TABLE_NAME "
                + "AND col.COLUMN_NAME = k.COLUMN_NAME "
                + "WHERE t.TABLE_SCHEMA = 'PUBLIC' AND t.CONSTRAINT_TYPE = 'PRIMARY KEY' "
                + "GROUP BY k.TABLE_NAME HAVING COUNT(*) = 1 AND MAX(k.COLUMN_NAME) = 'ID' "
                + "AND MAX(col.DATA_TYPE) IN ('BIGINT', 'INTEGER')")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** {@value #RANGES} ranges of equal width between the smallest and the largest id (open at both ends). */
    private static List<TableRange> split(Tx c, String table) throws SQLException {
        long min;
        long max;
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(\"ID\"), MAX(\"ID\") FROM \"" + table.replace("\"", "\"\"") + "\"");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            min = rs.getLong(1);
            max = rs.getLong(2);
        }
        long width = (max - min) / RANGES + 1;
        List<TableRange> out = new ArrayList<>();
        Long from = null;
        for (int i = 1; i < RANGES; i++) {
            long below = min + i * width;
            out.add(new TableRange(table, from, below));
            from = below;
        }
        out.add(new TableRange(table, from, null));
        return out;
    }

    /**
     * Reads every row and column, so that a damaged page anywhere in the table fails here, not later. The rows are
     * streamed ({@code LAZY_QUERY_EXECUTION}): H2 would otherwise gather a query's whole result in the heap before
     * the first row, and a heap grown for 1,000,000 rows at login stays committed for the whole session (ADR 0084).
     */
    private static long readWhole(Tx c, TableRange range) {
        try {
            return c.streamed(t -> {
                try (Statement s = t.createStatement()) {
                    return readRows(s, range);
                }
            });
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("table " + range.table() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static long readRows(Statement s, TableRange range) throws SQLException {
        long rows = 0;
        try (ResultSet rs = s.executeQuery(range.sql())) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getString(i);
                }
                rows++;
            }
        }
        return rows;
    }

    /** The rows a range reads (for the tests: the ranges of a table together read each row once). */
    static long rows(Tx c, TableRange range) {
        return readWhole(c, range);
    }
}
