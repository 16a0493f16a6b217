package org.medaid.settlement;

import com.fasterxml.jackson.core.type.TypeReference;
import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medaid.print.SlipData;

/** The settlement table: insert and read; there is no update. */
final class SettlementRows {

    static final String TABLE = "settlement";
    private static final String COLUMNS = "id, number, bill_id, bill_version, person_id, policy, payments, unconfirmed, "
            + "slip, basis, issued_via, issued_by, issued_at";

    private SettlementRows() {
    }

    static long insert(Tx c, Settlement s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO settlement (number, bill_id, bill_version, person_id, "
                + "policy, payments, self_pay, unconfirmed, slip, basis, issued_via, issued_by, issued_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            ps.setString(1, s.number());
            ps.setLong(2, s.billId());
            ps.setLong(3, s.billVersion());
            ps.setLong(4, s.personId());
            ps.setString(5, s.policy());
            ps.setString(6, SettlementJson.write(s.figures()));
            ps.setBigDecimal(7, s.figures().get(Figures.SELF_PAY));
            ps.setString(8, SettlementJson.write(s.unconfirmed()));
            ps.setString(9, SettlementJson.write(s.slip()));
            ps.setString(10, SettlementJson.write(s.basis()));
            ps.setString(11, s.via().name());
            ps.setString(12, s.issuedBy());
            ps.setObject(13, OffsetDateTime.ofInstant(s.issuedAt(), ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static Optional<Settlement> byBill(Tx c, long billId) throws SQLException {
        return one(c, "bill_id = ?", billId);
    }

    static Optional<Settlement> byId(Tx c, long id) throws SQLException {
        return one(c, "id = ?", id);
    }

    static List<Settlement> forPerson(Tx c, long personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM settlement WHERE person_id = ? ORDER BY id")) {
            ps.setLong(1, personId);
            return list(ps);
        }
    }

    /** Everyone with an issued settlement whose bill was settled in {@code fromYear} or later. */
    static List<Long> people(Tx c) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT person_id FROM settlement ORDER BY person_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static Optional<Settlement> one(Tx c, String where, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM settlement WHERE " + where)) {
            ps.setLong(1, key);
            List<Settlement> found = list(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<Settlement> list(PreparedStatement ps) throws SQLException {
        List<Settlement> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Settlement(rs.getLong("id"), rs.getString("number"), rs.getLong("bill_id"),
                        rs.getLong("bill_version"), rs.getLong("person_id"), rs.getString("policy"),
                        SettlementJson.read(rs.getString("payments"), Figures.class),
                        SettlementJson.read(rs.getString("unconfirmed"), new TypeReference<List<String>>() { }),
                        SettlementJson.read(rs.getString("slip"), SlipData.class),
                        SettlementJson.read(rs.getString("basis"), Basis.class), IssuedVia.valueOf(rs.getString("issued_via")),
                        rs.getString("issued_by"), rs.getObject("issued_at", OffsetDateTime.class).toInstant()));
            }
        }
        return out;
    }
}
