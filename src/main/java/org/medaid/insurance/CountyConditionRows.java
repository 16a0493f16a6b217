package org.medaid.insurance;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medaid.store.Tx;

/** SQL of {@code insurance_condition_decision} (V87); insert-only. */
final class CountyConditionRows {

    static final String TABLE = "insurance_condition_decision";
    private static final String COLUMNS = "id, policy_id, decision, document_no, clause, quoted, supersedes, decided_by, decided_at";

    private CountyConditionRows() {
    }

    /** The decision in force for {@code policyId}: its newest row. */
    static Optional<CountyCondition> current(Tx c, String policyId) throws SQLException {
        List<CountyCondition> all = history(c, policyId, 1);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every decision of {@code policyId}, newest first. */
    static List<CountyCondition> history(Tx c, String policyId, int limit) throws SQLException {
        List<CountyCondition> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE
                + " WHERE policy_id = ? ORDER BY id DESC LIMIT ?")) {
            ps.setString(1, policyId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long raw = rs.getLong(7);
                    Long supersedes = rs.wasNull() ? null : raw;
                    out.add(new CountyCondition(rs.getLong(1), rs.getString(2), rs.getString(3).equals("REQUIRED"),
                            rs.getString(4), rs.getString(5), rs.getString(6), supersedes,
                            rs.getString(8), rs.getObject(9, OffsetDateTime.class)));
                }
            }
        }
        return out;
    }

    static long insert(Tx c, CountyCondition d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (policy_id, decision, document_no, clause, "
                + "quoted, supersedes, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, d.policyId());
            ps.setString(2, d.required() ? "REQUIRED" : "NOT_REQUIRED");
            ps.setString(3, d.document());
            ps.setString(4, d.clause());
            ps.setString(5, d.quoted());
            ps.setObject(6, d.supersedes());
            ps.setString(7, d.decidedBy());
            ps.setObject(8, d.decidedAt());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
