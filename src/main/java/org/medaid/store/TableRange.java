package org.medaid.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader reads: a whole table, or one range of a large table's {@code id} primary key. The first range
 * has no lower bound and the last no upper one, so every row of the table is in exactly one range.
 */
public record TableRange(String table, Long from, Long below) {

    /** Ranges a large table is cut into: more than the readers, so that a reader that is done takes the next. */
    static final int RANGES = 8;

    /** The query that reads this range's rows, every column. */
    public String sql() {
        String select = "SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"";
        if (from == null && below == null) {
            return select;
        }
        return select + " WHERE " + (from == null ? "" : "\"ID\" >= " + from) + (from != null && below != null ? " AND " : "")
                + (below == null ? "" : "\"ID\" < " + below);
    }

    /** Every table of the store, those with more than {@code splitAbove} rows and an id primary key in ranges. */
    public static List<TableRange> all(Tx c, long splitAbove) throws SQLException {
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
}
