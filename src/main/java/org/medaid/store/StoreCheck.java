package org.medaid.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

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
        List<Together.Part> parts = new ArrayList<>();
        db.read(c -> {
            migrationsSucceeded(c);
            for (TableRange r : TableRange.all(c, splitAbove)) {
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
                for (Together.Part p : parts) {
                    p.run(c);
                    progress.accept(++done, parts.size());
                }
                return null;
            });
            return;
        }
        Together.run(db, parts, readers, "store-check", "the store check", progress);
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
