package org.medaid.settlement;

import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Settlement and adjustment numbers: per year, counted in the store of this desk, taken inside the
 * transaction that issues, so a number is never given twice nor reused (a rolled-back issue takes none).
 * A settlement is {@code 2026-000150}, an adjustment {@code 2026-T000012}.
 */
final class Numbers {

    static final String SETTLEMENT = "SETTLEMENT";
    static final String ADJUSTMENT = "ADJUSTMENT";

    private Numbers() {
    }

    static String next(Tx c, int year, String kind) throws SQLException {
        long value;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_value FROM settlement_counter WHERE number_year = ? AND kind = ? FOR UPDATE")) {
            ps.setInt(1, year);
            ps.setString(2, kind);
            try (ResultSet rs = ps.executeQuery()) {
                value = rs.next() ? rs.getLong(1) + 1 : 1;
            }
        }
        String sql = value == 1 ? "INSERT INTO settlement_counter (last_value, number_year, kind) VALUES (?, ?, ?)"
                : "UPDATE settlement_counter SET last_value = ? WHERE number_year = ? AND kind = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, value);
            ps.setInt(2, year);
            ps.setString(3, kind);
            ps.executeUpdate();
        }
        return format(year, kind, value);
    }

    /** The number the next issue of this year will take, if nothing else is issued first (for the preview). */
    static String peek(Tx c, int year, String kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_value FROM settlement_counter WHERE number_year = ? AND kind = ?")) {
            ps.setInt(1, year);
            ps.setString(2, kind);
            try (ResultSet rs = ps.executeQuery()) {
                return format(year, kind, rs.next() ? rs.getLong(1) + 1 : 1);
            }
        }
    }

    static String format(int year, String kind, long value) {
        return String.format("%04d-%s%06d", year, ADJUSTMENT.equals(kind) ? "T" : "", value);
    }
}
