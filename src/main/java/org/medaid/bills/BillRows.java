package org.medaid.bills;

import java.math.BigDecimal;
import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medaid.model.BillKind;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Location;
import org.medaid.store.Sql;
import org.medaid.store.StaleRecordException;

/** The {@code bill} table on the caller's connection, inside the caller's transaction. */
final class BillRows {

    static final String TABLE = "bill";
    private static final String COLUMNS = "id, version, seq, person_id, kind, admitted, discharged, hospital_name, "
            + "hospital_level, location, referred, diagnosis, special_disease, application_approved, total, out_of_catalog, "
            + "class_b_self_pay, over_limit, basic, critical_illness, tilt_approved, out_of_catalog_approved, "
            + "supplementary_insurance, settled_assistance, settled_re_assistance, referred_from, entered_by, entered_at, corrected_by, "
            + "corrected_at, voided, void_reason, voided_by, voided_at";
    /** The ledger's order (POLICY-NOTES §2): settlement date, then entry order. */
    private static final String LEDGER_ORDER = " ORDER BY settlement_date, seq";
    private static final String FIELDS = "person_id = ?, kind = ?, admitted = ?, discharged = ?, hospital_name = ?, "
            + "hospital_level = ?, location = ?, referred = ?, diagnosis = ?, special_disease = ?, application_approved = ?, "
            + "total = ?, out_of_catalog = ?, class_b_self_pay = ?, over_limit = ?, basic = ?, critical_illness = ?, "
            + "tilt_approved = ?, out_of_catalog_approved = ?, supplementary_insurance = ?, settled_assistance = ?, "
            + "settled_re_assistance = ?, referred_from = ?";

    private BillRows() {
    }

    static StoredBill insert(Tx c, BillDraft d, String user, Instant now) throws SQLException {
        long seq;
        try (PreparedStatement ps = c.prepareStatement("VALUES NEXT VALUE FOR bill_entry_seq"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bill SET version = 1, seq = ?, entered_by = ?, "
                + "entered_at = ?, voided = FALSE, " + FIELDS, new String[] {"ID"})) {
            ps.setLong(1, seq);
            ps.setString(2, user);
            ps.setObject(3, utc(now));
            setFields(ps, 4, d);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new StoredBill(keys.getLong(1), 1, seq, d, user, now, null, null, false, null, null, null);
            }
        }
    }

    static StoredBill correct(Tx c, StoredBill before, long version, BillDraft d, String user, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE bill SET version = version + 1, corrected_by = ?, "
                + "corrected_at = ?, " + FIELDS + " WHERE id = ? AND version = ? AND NOT voided")) {
            ps.setString(1, user);
            ps.setObject(2, utc(now));
            int i = setFields(ps, 3, d);
            ps.setLong(i, before.id());
            ps.setLong(i + 1, version);
            if (ps.executeUpdate() != 1) {
                throw new StaleRecordException(TABLE, before.id());
            }
        }
        return new StoredBill(before.id(), version + 1, before.seq(), d, before.enteredBy(), before.enteredAt(), user, now,
                false, null, null, null);
    }

    static StoredBill voidBill(Tx c, StoredBill before, long version, String reason, String user, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE bill SET version = version + 1, voided = TRUE, "
                + "void_reason = ?, voided_by = ?, voided_at = ? WHERE id = ? AND version = ? AND NOT voided")) {
            ps.setString(1, reason);
            ps.setString(2, user);
            ps.setObject(3, utc(now));
            ps.setLong(4, before.id());
            ps.setLong(5, version);
            if (ps.executeUpdate() != 1) {
                throw new StaleRecordException(TABLE, before.id());
            }
        }
        return new StoredBill(before.id(), version + 1, before.seq(), before.bill(), before.enteredBy(), before.enteredAt(),
                before.correctedBy(), before.correctedAt(), true, reason, user, now);
    }

    static Optional<StoredBill> byId(Tx c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM bill WHERE id = ?")) {
            ps.setLong(1, id);
            List<StoredBill> found = list(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** The person's bills settled in {@code fromYear..toYear}, voided ones too, in ledger order. */
    static List<StoredBill> forPerson(Tx c, long personId, int fromYear, int toYear) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM bill WHERE person_id = ? "
                + "AND settlement_date BETWEEN ? AND ?" + LEDGER_ORDER)) {
            ps.setLong(1, personId);
            ps.setObject(2, LocalDate.of(fromYear, 1, 1));
            ps.setObject(3, LocalDate.of(toYear, 12, 31));
            return list(ps);
        }
    }

    private static int setFields(PreparedStatement ps, int first, BillDraft d) throws SQLException {
        int i = first;
        ps.setLong(i++, d.personId());
        ps.setString(i++, d.kind().name());
        Sql.setDate(ps, i++, d.admitted());
        Sql.setDate(ps, i++, d.discharged());
        ps.setString(i++, d.hospitalName());
        ps.setString(i++, d.hospitalLevel().name());
        ps.setString(i++, d.location().name());
        ps.setBoolean(i++, d.referred());
        ps.setString(i++, d.diagnosis());
        ps.setString(i++, d.specialDisease());
        ps.setBoolean(i++, d.applicationApproved());
        for (BigDecimal v : new BigDecimal[] {d.total(), d.outOfCatalog(), d.classBSelfPay(), d.overLimit(), d.basic(),
                d.criticalIllness(), d.tiltApproved()}) {
            i = decimal(ps, i, v);
        }
        ps.setBoolean(i++, d.outOfCatalogApproved());
        for (BigDecimal v : new BigDecimal[] {d.supplementaryInsurance(), d.assistance(), d.reAssistance()}) {
            i = decimal(ps, i, v);
        }
        if (d.referredFrom() == null) {
            ps.setNull(i++, Types.BIGINT);
        } else {
            ps.setLong(i++, d.referredFrom());
        }
        return i;
    }

    private static int decimal(PreparedStatement ps, int i, BigDecimal v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DECIMAL);
        } else {
            ps.setBigDecimal(i, v);
        }
        return i + 1;
    }

    private static List<StoredBill> list(PreparedStatement ps) throws SQLException {
        List<StoredBill> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
        return out;
    }

    private static StoredBill row(ResultSet rs) throws SQLException {
        BillDraft d = new BillDraft(rs.getLong("person_id"), BillKind.valueOf(rs.getString("kind")), Sql.date(rs, "admitted"),
                Sql.date(rs, "discharged"), rs.getString("hospital_name"), HospitalLevel.valueOf(rs.getString("hospital_level")),
                Location.valueOf(rs.getString("location")), rs.getBoolean("referred"), rs.getString("diagnosis"),
                rs.getString("special_disease"), rs.getBoolean("application_approved"), rs.getBigDecimal("total"),
                rs.getBigDecimal("out_of_catalog"), rs.getBigDecimal("class_b_self_pay"), rs.getBigDecimal("over_limit"),
                rs.getBigDecimal("basic"), rs.getBigDecimal("critical_illness"), rs.getBigDecimal("tilt_approved"),
                rs.getBoolean("out_of_catalog_approved"), rs.getBigDecimal("supplementary_insurance"),
                rs.getBigDecimal("settled_assistance"), rs.getBigDecimal("settled_re_assistance"),
                rs.getObject("referred_from", Long.class));
        return new StoredBill(rs.getLong("id"), rs.getLong("version"), rs.getLong("seq"), d, rs.getString("entered_by"),
                instant(rs, "entered_at"), rs.getString("corrected_by"), instant(rs, "corrected_at"), rs.getBoolean("voided"),
                rs.getString("void_reason"), rs.getString("voided_by"), instant(rs, "voided_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
