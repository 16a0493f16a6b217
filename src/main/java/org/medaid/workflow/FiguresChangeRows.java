package org.medaid.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.medaid.store.StoreException;

/** The table of figure changes of applications, and the update of an application's reviewed figures. */
final class FiguresChangeRows {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final TypeReference<List<ApplicationBill>> BILLS = new TypeReference<>() {
    };

    private FiguresChangeRows() {
    }

    static void insert(Tx c, FiguresChange f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO application_figures_change (application_id, from_stage, "
                + "old_bills, new_bills, old_self_pay, new_self_pay, detected_by, detected_at, state, granted_on, granted_amount, "
                + "granted_computed, granted_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)")) {
            ps.setLong(1, f.applicationId());
            ps.setString(2, f.fromStage().name());
            ps.setString(3, json(f.before()));
            ps.setString(4, json(f.after()));
            ps.setBigDecimal(5, f.selfPayBefore());
            ps.setBigDecimal(6, f.selfPayAfter());
            ps.setString(7, f.detectedBy());
            ps.setObject(8, ApplicationRows.utc(f.detectedAt()));
            FiguresChange.Granted g = f.granted();
            ps.setObject(9, g == null ? null : g.on());
            ps.setBigDecimal(10, g == null ? null : g.amount());
            ps.setBigDecimal(11, g == null ? null : g.computed());
            ps.setString(12, g == null ? null : g.reason());
            ps.executeUpdate();
        }
    }

    /** Every change of the application, oldest first. */
    static List<FiguresChange> of(Tx c, long applicationId) throws SQLException {
        List<FiguresChange> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM application_figures_change WHERE application_id = ? ORDER BY id")) {
            ps.setLong(1, applicationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime reviewed = rs.getObject("reviewed_at", OffsetDateTime.class);
                    BigDecimal grantedAmount = rs.getBigDecimal("granted_amount");
                    FiguresChange.Granted granted = grantedAmount == null ? null : new FiguresChange.Granted(
                            rs.getObject("granted_on", java.time.LocalDate.class), grantedAmount,
                            rs.getBigDecimal("granted_computed"), rs.getString("granted_reason"));
                    out.add(new FiguresChange(rs.getLong("id"), applicationId, Stage.valueOf(rs.getString("from_stage")),
                            bills(rs.getString("old_bills")), bills(rs.getString("new_bills")), rs.getBigDecimal("old_self_pay"),
                            rs.getBigDecimal("new_self_pay"), rs.getString("detected_by"),
                            rs.getObject("detected_at", OffsetDateTime.class).toInstant(),
                            FiguresChange.State.valueOf(rs.getString("state")), rs.getString("reviewed_by"),
                            reviewed == null ? null : reviewed.toInstant(), granted));
                }
            }
        }
        return out;
    }

    /** Ends the pending changes of the application as {@code state} (REVIEWED by {@code user}, or SUPERSEDED). */
    static void close(Tx c, long applicationId, FiguresChange.State state, String user, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE application_figures_change SET state = ?, reviewed_by = ?, "
                + "reviewed_at = ? WHERE application_id = ? AND state = 'PENDING'")) {
            ps.setString(1, state.name());
            ps.setString(2, state == FiguresChange.State.REVIEWED ? user : null);
            ps.setObject(3, state == FiguresChange.State.REVIEWED ? ApplicationRows.utc(at) : null);
            ps.setLong(4, applicationId);
            ps.executeUpdate();
        }
    }

    /** The application's figures on record become {@code bills} (the reviewed amounts). */
    static void replaceBills(Tx c, long applicationId, List<ApplicationBill> bills) throws SQLException {
        for (ApplicationBill b : bills) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE application_bill SET bill_version = ?, settlement_date = ?, "
                    + "hospital_name = ?, total = ?, compliant = ?, basic = ?, critical_illness = ?, assistance = ?, "
                    + "re_assistance = ?, other_relief = ?, self_pay = ?, flags = ? WHERE application_id = ? AND bill_id = ?")) {
                ps.setLong(1, b.billVersion());
                ps.setObject(2, b.settlementDate());
                ps.setString(3, b.hospitalName());
                BigDecimal[] amounts = {b.total(), b.compliant(), b.basic(), b.criticalIllness(), b.assistance(),
                    b.reAssistance(), b.otherRelief(), b.selfPay()};
                for (int i = 0; i < amounts.length; i++) {
                    ps.setBigDecimal(4 + i, amounts[i]);
                }
                ps.setString(12, String.join(",", b.flags()));
                ps.setLong(13, applicationId);
                ps.setLong(14, b.billId());
                ps.executeUpdate();
            }
        }
    }

    /**
     * Sends the case back to 乡镇审核 (waiting for the review again). An approval it held goes with it (ADR 0064): the
     * day, the granted amount, the computed figure and the reason are cleared (the figures change keeps them), so no
     * amount nobody reviewed is approved or paid.
     */
    static void backToReview(Tx c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE application SET version = version + 1, stage = 'APPLIED', "
                + "approved_on = NULL, approved_amount = NULL, computed_amount = NULL, grant_reason = NULL WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private static String json(List<ApplicationBill> bills) {
        try {
            return JSON.writeValueAsString(bills);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write application figures: " + e.getOriginalMessage(), e);
        }
    }

    private static List<ApplicationBill> bills(String json) {
        try {
            return JSON.readValue(json, BILLS);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored application figures cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
