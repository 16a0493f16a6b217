package org.medaid.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import org.medaid.store.Readers;
import org.medaid.store.Sql;
import org.medaid.store.TableRange;
import org.medaid.store.Together;
import org.medaid.store.Tx;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The row count and checksum of every table of a database: what a backup must hold to count as
 * verified. The checksum adds up a SHA-256 of each row, so it does not depend on the order H2 returns
 * the rows in (a restored file may lay them out differently).
 */
public record Fingerprint(Map<String, TableSum> tables) {

    private static final char FIELD = '\u001f';
    private static final String NULL = "\u0000";
    /** The first eight bytes of a digest as a big-endian long (what {@code ByteBuffer.getLong} reads). */
    private static final java.lang.invoke.VarHandle FIRST_LONG =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);

    public Fingerprint {
        tables = Map.copyOf(new TreeMap<>(tables));
    }

    /**
     * Reads every base table of schema PUBLIC (the application's tables and Flyway's history), each streamed: a table
     * of 1,000,000 people is never gathered in the heap (ADR 0108).
     */
    public static Fingerprint of(Tx c) throws SQLException {
        return c.streamed(t -> {
            Map<String, TableSum> out = new TreeMap<>();
            for (String table : tables(t)) {
                out.put(table, sum(t, table));
            }
            return new Fingerprint(out);
        });
    }

    /** Readers of a whole-store fingerprint: as many as the store check's (ADR 0084). */
    private static final int READERS = 2;
    /** A table with more rows than this (H2's estimate) is read in ranges of its id, as the store check reads it. */
    private static final long SPLIT_ABOVE = 100_000;

    /**
     * {@link #of(Tx)} read by two readers at once, each on a connection of its own, a large table in ranges of its id:
     * the checksum is a sum over rows, so it is the same whichever reader reads which row. For a store nothing writes to
     * while this runs (the desk's backup runs on its one worker thread).
     */
    public static Fingerprint of(Readers store) {
        return of(store, SPLIT_ABOVE);
    }

    /** {@link #of(Readers)} with tables of more than {@code splitAbove} rows read in ranges. */
    static Fingerprint of(Readers store, long splitAbove) {
        List<TableRange> ranges = store.read(t -> TableRange.all(t, splitAbove));
        Map<String, long[]> sums = new TreeMap<>();
        List<Together.Part> parts = new ArrayList<>();
        for (TableRange r : ranges) {
            sums.putIfAbsent(r.table(), new long[2]);
            parts.add(t -> {
                long[] part = t.streamed(x -> rows(x, r.sql()));
                synchronized (sums) {
                    long[] all = sums.get(r.table());
                    all[0] += part[0];
                    all[1] += part[1];
                }
            });
        }
        Together.run(store, parts, READERS, "fingerprint", "reading the store's fingerprint", (done, all) -> { });
        Map<String, TableSum> out = new TreeMap<>();
        sums.forEach((table, s) -> out.put(table, tableSum(s)));
        return new Fingerprint(out);
    }

    private static List<String> tables(Tx c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static TableSum sum(Tx c, String table) throws SQLException {
        return tableSum(rows(c, "SELECT * FROM \"" + table.replace("\"", "\"\"") + "\""));
    }

    private static TableSum tableSum(long[] rowsAndTotal) {
        return new TableSum(rowsAndTotal[0], String.format("%016x", rowsAndTotal[1]));
    }

    /** The rows of {@code select} and the sum of their hashes' first eight bytes (wrapping, so any order adds up the same). */
    private static long[] rows(Tx c, String select) throws SQLException {
        MessageDigest sha = sha256();
        long rows = 0;
        long total = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select)) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            String[] names = new String[columns + 1];
            for (int i = 1; i <= columns; i++) {
                names[i] = meta.getColumnName(i) + '=';
            }
            StringBuilder row = new StringBuilder();
            while (rs.next()) {
                row.setLength(0);
                for (int i = 1; i <= columns; i++) {
                    row.append(names[i]).append(value(rs, i)).append(FIELD);
                }
                byte[] h = sha.digest(row.toString().getBytes(StandardCharsets.UTF_8));
                total += (long) FIRST_LONG.get(h, 0);
                rows++;
            }
        }
        return new long[] {rows, total};
    }

    private static String value(ResultSet rs, int i) throws SQLException {
        Object v = rs.getObject(i);
        if (v == null) {
            return NULL;
        }
        try {
            if (v instanceof byte[] bytes) {
                return HexFormat.of().formatHex(bytes);
            }
            if (v instanceof Blob blob) {
                try (InputStream in = blob.getBinaryStream()) {
                    return HexFormat.of().formatHex(in.readAllBytes());
                }
            }
            if (v instanceof Clob clob) {
                return Sql.text(clob);
            }
        } catch (IOException e) {
            throw new SQLException("cannot read column " + i + ": " + e.getMessage(), e);
        }
        return v.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public long totalRows() {
        return tables.values().stream().mapToLong(TableSum::rows).sum();
    }

    /** The tables whose count or checksum differ from {@code other}'s, or that only one side has. */
    public List<String> differences(Fingerprint other) {
        List<String> out = new ArrayList<>();
        TreeMap<String, TableSum> all = new TreeMap<>(tables);
        other.tables.forEach(all::putIfAbsent);
        for (String t : all.keySet()) {
            TableSum a = tables.get(t);
            TableSum b = other.tables.get(t);
            if (a == null || !a.equals(b)) {
                out.add(t + " (" + describe(a) + " / " + describe(b) + ")");
            }
        }
        return out;
    }

    private static String describe(TableSum s) {
        return s == null ? "missing" : s.rows() + " rows";
    }
}
