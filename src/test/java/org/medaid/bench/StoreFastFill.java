package org.medaid.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medaid.security.StoreKey;

/**
 * The benchmark's fast fill of a closed encrypted store (ADR 0087): the people of {@link StoreBenchFill} (same rows,
 * same seed, same generator), written on the fill's own connection instead of the desk's work open, which appends
 * every commit (REUSE_SPACE=FALSE, ADR 0053) and rewrote the random-key index pages at every chunk: 400,000 people
 * took 23 minutes and wrote 9.6 GB. Here:
 * <ul>
 * <li>the store is opened as its owner with the desk's own file encryption and passwords (the URL of
 * {@code store.StoreCredentials}, but with H2's default space reuse and a large cache);</li>
 * <li>the secondary indexes of {@code person} and {@code person_category} are dropped, the rows inserted (primary
 * keys in order, so each commit appends a few pages), and the indexes created again from the definitions H2 itself
 * printed before the drop ({@code SCRIPT NODATA}): H2 builds an index over existing rows by sorting them;</li>
 * <li>the schema H2 prints afterwards must have the lines it printed before, each the same (their order follows H2's
 * object ids, which the indexes built again change), or the fill fails;</li>
 * <li>the file is closed with {@code SHUTDOWN COMPACT}.</li>
 * </ul>
 * The caller then opens and closes it as the desk does ({@code Database.open(folder, key).closeAndCompact()}). A fill
 * stopped part-way leaves a store without those indexes: only for a folder the benchmark makes anew each time.
 */
final class StoreFastFill {

    /** Rows a transaction (there is no random-key index to rewrite while they go in). */
    static final int BATCH = 50_000;
    private static final int INDEX_BELONGS_TO_CONSTRAINT = 90085;
    private static final Pattern INDEX = Pattern.compile(
            "CREATE (?:UNIQUE )?INDEX (\"PUBLIC\"\\.\"[A-Z_0-9]+\") ON \"PUBLIC\"\\.\"(PERSON|PERSON_CATEGORY)\"\\(.*");

    private StoreFastFill() {
    }

    /** What the fill did: the indexes it rebuilt and how long each phase took. */
    record Report(int indexes, long insertMs, long indexMs, long compactMs, long bytesBeforeCompact, long bytesAfter) {
    }

    /**
     * Adds {@code people} generated people to the closed store in {@code data} (the desk's folder, file
     * {@code medaid.mv.db}), encrypted with {@code key}.
     */
    static Report fill(Path data, StoreKey key, int people, long seed) throws SQLException, java.io.IOException {
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("medaid")
                + ";DB_CLOSE_ON_EXIT=FALSE;CIPHER=AES;TRACE_LEVEL_FILE=0";
        // H2's CIPHER password: the file password, a space, the user's password; the store's owner (store.StoreCredentials)
        String password = new String(key.filePassword()) + " " + new String(key.ownerPassword());
        long t0 = System.nanoTime();
        long t1;
        long t2;
        int rebuilt;
        long uncompacted;
        try (Connection c = DriverManager.getConnection(url, "OWNER", password); Statement s = c.createStatement()) {
            // the fill's large page cache for this session only: CACHE_SIZE in the URL or SET CACHE_SIZE would be kept
            // in the store's catalogue, and the desk's backup refuses a catalogue entry its migrations do not make
            ((org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession()).getDatabase().getStore()
                    .setCacheSize((int) (cacheKb() / 1024));  // MB
            c.setAutoCommit(false);
            List<String> before = schema(s);
            List<String[]> indexes = new ArrayList<>();
            for (String line : before) {
                Matcher m = INDEX.matcher(line);
                if (m.matches()) {
                    indexes.add(new String[] {m.group(1), line});
                }
            }
            if (indexes.isEmpty()) {
                throw new IllegalStateException("the store's schema has no index on PERSON: " + before);
            }
            List<String[]> dropped = new ArrayList<>();
            for (String[] index : indexes) {
                try {
                    s.execute("DROP INDEX " + index[0]);
                    dropped.add(index);
                } catch (SQLException e) {
                    if (e.getErrorCode() != INDEX_BELONGS_TO_CONSTRAINT) {
                        throw e;
                    }
                    // kept: a foreign key's index (person_household, category_held), whose keys go in in order anyway
                }
            }
            c.commit();
            Random random = new Random(seed);
            Set<String> used = new HashSet<>(people * 2);
            LocalDate today = LocalDate.now();
            for (int start = 0; start < people; start += BATCH) {
                int end = Math.min(people, start + BATCH);
                StoreBenchFill.insertBatch(c::prepareStatement, random, used, end - used.size(), today);
                c.commit();
                if ((end / BATCH) % 4 == 0 || end == people) {
                    System.out.printf(Locale.ROOT, "  %,d people in %.1f s%n", end, (System.nanoTime() - t0) / 1e9);
                }
            }
            t1 = System.nanoTime();
            for (String[] index : dropped) {
                s.execute(index[1]);
                c.commit();
            }
            t2 = System.nanoTime();
            // the same definitions; H2 prints them in the order of its object ids, and the indexes built again have
            // new ones (after the foreign keys' indexes that were kept), so the lines are compared as sorted lists
            List<String> after = schema(s);
            if (!sorted(after).equals(sorted(before))) {
                throw new IllegalStateException("the schema changed in the fill: " + difference(before, after));
            }
            rebuilt = dropped.size();
            s.execute("CHECKPOINT SYNC");
            uncompacted = java.nio.file.Files.size(data.resolve("medaid.mv.db"));
            s.execute("SHUTDOWN COMPACT");
        }
        long t3 = System.nanoTime();
        return new Report(rebuilt, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, uncompacted,
                java.nio.file.Files.size(data.resolve("medaid.mv.db")));
    }

    /**
     * The schema as H2 prints it ({@code SCRIPT NODATA}), without what changes with the data alone: the tables' row
     * counts (comment lines), the identity columns' next values and the statistics ({@code SELECTIVITY}) that H2 keeps per column.
     */
    static List<String> schema(Statement s) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SCRIPT NODATA")) {
            while (rs.next()) {
                if (rs.getString(1).startsWith("-- ")) {
                    continue; // a table's row count
                }
                out.add(rs.getString(1).replaceAll(" RESTART WITH \\d+", "").replaceAll(" SELECTIVITY \\d+", ""));
            }
        }
        return out;
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    /** The lines only one of the two schemas has, or the first line where their order differs. */
    static String difference(List<String> before, List<String> after) {
        List<String> gone = new ArrayList<>(before);
        gone.removeAll(after);
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        if (gone.isEmpty() && added.isEmpty()) {
            for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
                if (!before.get(i).equals(after.get(i))) {
                    return "the same lines in another order, from line " + i + ": " + before.get(i) + " / " + after.get(i);
                }
            }
            return "as many lines, " + before.size() + " / " + after.size();
        }
        return "only before: " + gone + "; only after: " + added;
    }

    /** Half the heap for H2's page cache, in KB (-Xmx2g: 1 GB, which holds a 1,000,000-person store). */
    private static long cacheKb() {
        return Math.max(16_384, Runtime.getRuntime().maxMemory() / 2 / 1024);
    }
}
