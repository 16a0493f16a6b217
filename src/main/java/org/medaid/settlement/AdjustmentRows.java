package org.medaid.settlement;

import com.fasterxml.jackson.core.type.TypeReference;
import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medaid.store.StaleRecordException;

/** The adjustment table: insert, confirm, supersede, read. */
final class AdjustmentRows {

    static final String TABLE = "settlement_adjustment";
    private static final String SELECT = "SELECT a.id, a.version, a.settlement_id, s.number AS settlement_number, s.bill_id, "
            + "s.person_id, a.number, a.state, a.figures, a.difference, a.reasons, a.basis, a.created_by, a.created_at, "
            + "a.confirmed_by, a.confirmed_at FROM settlement_adjustment a JOIN settlement s ON s.id = a.settlement_id ";

    /** The figures column: before and after. */
    record Pair(Figures before, Figures after) {
    }

    private AdjustmentRows() {
    }

    static long insert(Tx c, Adjustment a, String slipJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO settlement_adjustment (version, settlement_id, state, "
                + "figures, difference, reasons, slip, basis, created_by, created_at) VALUES (1, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"ID"})) {
            ps.setLong(1, a.settlementId());
            ps.setString(2, SettlementJson.write(new Pair(a.before(), a.after())));
            ps.setBigDecimal(3, a.difference());
            ps.setString(4, SettlementJson.write(a.reasons()));
            ps.setString(5, slipJson);
            ps.setString(6, SettlementJson.write(a.basis()));
            ps.setString(7, a.createdBy());
            ps.setObject(8, OffsetDateTime.ofInstant(a.createdAt(), ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void confirm(Tx c, long id, long version, String number, String user, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE settlement_adjustment SET version = version + 1, "
                + "state = 'CONFIRMED', number = ?, confirmed_by = ?, confirmed_at = ? "
                + "WHERE id = ? AND version = ? AND state = 'PENDING'")) {
            ps.setString(1, number);
            ps.setString(2, user);
            ps.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.setLong(4, id);
            ps.setLong(5, version);
            if (ps.executeUpdate() != 1) {
                throw new StaleRecordException(TABLE, id);
            }
        }
    }

    static void supersede(Tx c, long id, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE settlement_adjustment SET version = version + 1, "
                + "state = 'SUPERSEDED', superseded_at = ? WHERE id = ? AND state = 'PENDING'")) {
            ps.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    static Optional<Adjustment> byId(Tx c, long id) throws SQLException {
        List<Adjustment> found = list(c, "WHERE a.id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every adjustment of a settlement, oldest first. */
    static List<Adjustment> ofSettlement(Tx c, long settlementId) throws SQLException {
        return list(c, "WHERE a.settlement_id = ? ORDER BY a.id", settlementId);
    }

    static List<Adjustment> inState(Tx c, Adjustment.State state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE a.state = ? ORDER BY a.id")) {
            ps.setString(1, state.name());
            return read(ps);
        }
    }

    private static List<Adjustment> list(Tx c, String where, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + where)) {
            ps.setLong(1, key);
            return read(ps);
        }
    }

    private static List<Adjustment> read(PreparedStatement ps) throws SQLException {
        List<Adjustment> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Pair p = SettlementJson.read(rs.getString("figures"), Pair.class);
                OffsetDateTime confirmed = rs.getObject("confirmed_at", OffsetDateTime.class);
                out.add(new Adjustment(rs.getLong("id"), rs.getLong("version"), rs.getLong("settlement_id"),
                        rs.getString("settlement_number"), rs.getLong("bill_id"), rs.getLong("person_id"),
                        rs.getString("number"), Adjustment.State.valueOf(rs.getString("state")), p.before(), p.after(),
                        rs.getBigDecimal("difference"),
                        SettlementJson.read(rs.getString("reasons"), new TypeReference<List<Reason>>() { }),
                        SettlementJson.read(rs.getString("basis"), Basis.class), rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("confirmed_by"),
                        confirmed == null ? null : confirmed.toInstant()));
            }
        }
        return out;
    }
}
