package org.medaid.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medaid.store.Sql;
import org.medaid.store.StaleRecordException;
import org.medaid.store.StoreException;

/** The application tables on the caller's connection, inside the caller's transaction. */
final class ApplicationRows {

    static final String TABLE = "application";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<HouseholdMember>> MEMBERS = new TypeReference<>() {
    };

    private ApplicationRows() {
    }

    static long insert(Tx c, AssistanceApplication a) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO application (version, person_id, stage, grounds, "
                + "applied_on, visit_due, household, household_income, requested_amount, bank_account, entered_by, entered_at) "
                + "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            ps.setLong(1, a.personId());
            ps.setString(2, a.stage().name());
            ps.setString(3, String.join(",", a.grounds()));
            ps.setObject(4, a.appliedOn());
            ps.setObject(5, a.visitDue());
            ps.setString(6, json(a.household()));
            setMoney(ps, 7, a.householdIncome());
            setMoney(ps, 8, a.requestedAmount());
            ps.setString(9, a.bankAccount());
            ps.setString(10, a.enteredBy());
            ps.setObject(11, utc(a.enteredAt()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        for (ApplicationBill b : a.bills()) {
            insertBill(c, id, b);
        }
        return id;
    }

    private static void insertBill(Tx c, long applicationId, ApplicationBill b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO application_bill (application_id, bill_id, bill_version, "
                + "settlement_date, hospital_name, total, compliant, basic, critical_illness, assistance, re_assistance, "
                + "other_relief, self_pay, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, applicationId);
            ps.setLong(2, b.billId());
            ps.setLong(3, b.billVersion());
            ps.setObject(4, b.settlementDate());
            ps.setString(5, b.hospitalName());
            BigDecimal[] amounts = {b.total(), b.compliant(), b.basic(), b.criticalIllness(), b.assistance(),
                b.reAssistance(), b.otherRelief(), b.selfPay()};
            for (int i = 0; i < amounts.length; i++) {
                ps.setBigDecimal(6 + i, amounts[i]);
            }
            ps.setString(14, String.join(",", b.flags()));
            ps.executeUpdate();
        }
    }

    static void insertStage(Tx c, long applicationId, StageRecord s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO application_stage (application_id, stage, user_name, at, "
                + "on_date, note) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, applicationId);
            ps.setString(2, s.stage().name());
            ps.setString(3, s.user());
            ps.setObject(4, utc(s.at()));
            ps.setObject(5, s.on());
            ps.setString(6, s.note());
            ps.executeUpdate();
        }
    }

    /**
     * Moves the application from {@code from} to {@code to}, setting {@code columns} (names from this
     * package only), when {@code version} is still the stored one.
     */
    static void advance(Tx c, long id, long version, Stage from, Stage to, Map<String, Object> columns)
            throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE application SET version = version + 1, stage = ?");
        columns.keySet().forEach(k -> sql.append(", ").append(k).append(" = ?"));
        sql.append(" WHERE id = ? AND version = ? AND stage = ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            ps.setString(i++, to.name());
            for (Object v : columns.values()) {
                if (v == null) {
                    ps.setNull(i++, Types.NULL);
                } else {
                    ps.setObject(i++, v instanceof Stage s ? s.name() : v);
                }
            }
            ps.setLong(i++, id);
            ps.setLong(i++, version);
            ps.setString(i, from.name());
            if (ps.executeUpdate() != 1) {
                throw new StaleRecordException(TABLE, id);
            }
        }
    }

    /** The columns of one step, in the order given. */
    static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    /**
     * Locks the case's row until the transaction ends: two decisions on one case (two approvers upholding two objections
     * at once) then check and write one after the other, each seeing what the other committed (ADR 0077 amendment,
     * objection22). Returns whether the case exists.
     */
    static boolean lock(Tx c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM application WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static Optional<AssistanceApplication> byId(Tx c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM application WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(c, rs)) : Optional.empty();
            }
        }
    }

    static List<AssistanceApplication> forPerson(Tx c, long personId) throws SQLException {
        List<AssistanceApplication> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM application WHERE person_id = ? ORDER BY id")) {
            ps.setLong(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(c, rs));
                }
            }
        }
        return out;
    }

    /** The numbers (2024-0002) of the live applications holding {@code billId}. */
    static List<String> holding(Tx c, long billId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.applied_on FROM application a JOIN application_bill b "
                + "ON b.application_id = a.id WHERE b.bill_id = ? AND a.stage <> 'REJECTED'")) {
            ps.setLong(1, billId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(CaseNumber.of(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class)));
                }
            }
        }
        return out;
    }

    private static AssistanceApplication read(Tx c, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String rejectedAt = rs.getString("rejected_at_stage");
        return new AssistanceApplication(id, rs.getLong("version"), rs.getLong("person_id"), Stage.valueOf(rs.getString("stage")),
                Arrays.asList(rs.getString("grounds").split(",")), Sql.date(rs, "applied_on"), Sql.date(rs, "visit_due"),
                Sql.date(rs, "visit_date"), rs.getString("visitors"), Sql.date(rs, "publicity_start"), Sql.date(rs, "publicity_end"),
                Sql.date(rs, "approved_on"), Sql.date(rs, "payout_date"), Sql.date(rs, "rejected_on"),
                rejectedAt == null ? null : Stage.valueOf(rejectedAt), rs.getString("rejection_reason"),
                members(rs.getString("household")), rs.getBigDecimal("household_income"), rs.getBigDecimal("requested_amount"),
                rs.getBigDecimal("approved_amount"), rs.getString("bank_account"), rs.getString("entered_by"),
                rs.getObject("entered_at", OffsetDateTime.class).toInstant(), bills(c, id), stages(c, id),
                rs.getBigDecimal("computed_amount"), rs.getString("grant_reason"));
    }

    private static List<ApplicationBill> bills(Tx c, long id) throws SQLException {
        List<ApplicationBill> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM application_bill WHERE application_id = ? ORDER BY settlement_date, bill_id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String flags = rs.getString("flags");
                    out.add(new ApplicationBill(rs.getLong("bill_id"), rs.getLong("bill_version"), Sql.date(rs, "settlement_date"),
                            rs.getString("hospital_name"), rs.getBigDecimal("total"), rs.getBigDecimal("compliant"),
                            rs.getBigDecimal("basic"), rs.getBigDecimal("critical_illness"), rs.getBigDecimal("assistance"),
                            rs.getBigDecimal("re_assistance"), rs.getBigDecimal("other_relief"), rs.getBigDecimal("self_pay"),
                            flags.isEmpty() ? List.of() : Arrays.asList(flags.split(","))));
                }
            }
        }
        return out;
    }

    private static List<StageRecord> stages(Tx c, long id) throws SQLException {
        List<StageRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM application_stage WHERE application_id = ? ORDER BY id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StageRecord(Stage.valueOf(rs.getString("stage")), rs.getString("user_name"),
                            rs.getObject("at", OffsetDateTime.class).toInstant(), Sql.date(rs, "on_date"), rs.getString("note")));
                }
            }
        }
        return out;
    }

    private static void setMoney(PreparedStatement ps, int i, BigDecimal v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DECIMAL);
        } else {
            ps.setBigDecimal(i, v);
        }
    }

    static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static String json(List<HouseholdMember> members) {
        try {
            return JSON.writeValueAsString(members);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write the household: " + e.getMessage(), e);
        }
    }

    private static List<HouseholdMember> members(String json) {
        try {
            return JSON.readValue(json, MEMBERS);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot read the household: " + e.getMessage(), e);
        }
    }
}
