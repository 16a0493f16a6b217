package org.medaid.insurance;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medaid.store.Tx;

/** SQL of the {@code premium_subsidy} table (V63). */
final class SubsidyRows {

    static final String TABLE = "premium_subsidy";
    private static final String SELECT = "SELECT s.*, p.name, p.id_number, p.village FROM premium_subsidy s "
            + "JOIN person p ON p.id = s.person_id ";

    private SubsidyRows() {
    }

    /** The audit's view of a row: the loop's fields, not the person's name or ID number. */
    record Audited(long personId, int year, String policyId, BigDecimal subsidy, BigDecimal assistanceFund,
            BigDecimal countyBudget, SubsidyStatus status, LocalDate sentOn, LocalDate paidOn, LocalDate refundedOn,
            String refundReason, int repaidTimes, String note) {

        static Audited of(SubsidyRecord r, String note) {
            return new Audited(r.personId(), r.year(), r.policyId(), r.subsidy(), r.assistanceFund(), r.countyBudget(),
                    r.status(), r.sentOn(), r.paidOn(), r.refundedOn(), r.refundReason(), r.repaidTimes(), note);
        }
    }

    static boolean exists(Tx c, long personId, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + TABLE + " WHERE person_id = ? AND insurance_year = ?")) {
            ps.setLong(1, personId);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static long insert(Tx c, long personId, int year, String policy, BigDecimal contribution, BigDecimal subsidy,
            BigDecimal assistance, BigDecimal county, LocalDate preparedOn, String user, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (version, person_id, insurance_year, policy_id, "
                + "contribution, subsidy, assistance_fund, county_budget, status, prepared_on, repaid_times, changed_by, "
                + "changed_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, 0, ?, ?)", new String[] {"ID"})) {
            ps.setLong(1, personId);
            ps.setInt(2, year);
            ps.setString(3, policy);
            ps.setBigDecimal(4, contribution);
            ps.setBigDecimal(5, subsidy);
            ps.setBigDecimal(6, assistance);
            ps.setBigDecimal(7, county);
            ps.setObject(8, preparedOn);
            ps.setString(9, user);
            ps.setObject(10, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Moves the row to its new step if it still has {@code version}; false when another change came first. */
    static boolean update(Tx c, SubsidyRecord before, SubsidyStatus status, LocalDate sentOn, LocalDate paidOn,
            LocalDate refundedOn, String refundReason, int repaidTimes, String user, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET status = ?, sent_on = ?, paid_on = ?, "
                + "refunded_on = ?, refund_reason = ?, repaid_times = ?, changed_by = ?, changed_at = ?, version = version + 1 "
                + "WHERE id = ? AND version = ?")) {
            ps.setString(1, status.name());
            ps.setObject(2, sentOn);
            ps.setObject(3, paidOn);
            ps.setObject(4, refundedOn);
            ps.setString(5, refundReason);
            ps.setInt(6, repaidTimes);
            ps.setString(7, user);
            ps.setObject(8, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.setLong(9, before.id());
            ps.setLong(10, before.version());
            return ps.executeUpdate() == 1;
        }
    }

    static Optional<SubsidyRecord> byId(Tx c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE s.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    static List<SubsidyRecord> ofYear(Tx c, int year) throws SQLException {
        List<SubsidyRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE s.insurance_year = ? ORDER BY p.village, s.person_id")) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    private static SubsidyRecord read(ResultSet rs) throws SQLException {
        return new SubsidyRecord(rs.getLong("id"), rs.getLong("version"), rs.getLong("person_id"), rs.getString("name"),
                rs.getString("id_number"), rs.getString("village"), rs.getInt("insurance_year"), rs.getString("policy_id"),
                rs.getBigDecimal("contribution"), rs.getBigDecimal("subsidy"), rs.getBigDecimal("assistance_fund"),
                rs.getBigDecimal("county_budget"), SubsidyStatus.valueOf(rs.getString("status")),
                rs.getObject("prepared_on", LocalDate.class), null, rs.getObject("sent_on", LocalDate.class),
                rs.getObject("paid_on", LocalDate.class), rs.getObject("refunded_on", LocalDate.class),
                rs.getString("refund_reason"), rs.getInt("repaid_times"), rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant());
    }
}
