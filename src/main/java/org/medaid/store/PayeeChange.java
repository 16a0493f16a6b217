package org.medaid.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A payout goes only to the account recorded on the person when the case was approved (ADR 0034): when
 * that account changes, every approved and unpaid case of the person goes back to 乡镇审核 (stage 申请
 * again), its approval cleared, in the same transaction as the change, with a stage row and an audit row.
 * Written here, beside the person's change, because the store owns both tables; the workflow reads it back.
 */
final class PayeeChange {

    static final String NOTE = "收款银行账户在审批后变更，退回乡镇审核";

    private PayeeChange() {
    }

    static void returnToReview(Tx c, AuditWriter audit, long personId, String user, Clock clock) throws SQLException {
        List<long[]> approved = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, version, bank_account FROM application "
                + "WHERE person_id = ? AND stage = 'APPROVED' ORDER BY id")) {
            ps.setLong(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    approved.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    accounts.add(rs.getString(3));
                }
            }
        }
        for (int i = 0; i < approved.size(); i++) {
            long id = approved.get(i)[0];
            try (PreparedStatement ps = c.prepareStatement("UPDATE application SET version = version + 1, stage = 'APPLIED', "
                    + "visit_date = NULL, visitors = NULL, publicity_start = NULL, publicity_end = NULL, approved_on = NULL, "
                    + "approved_amount = NULL, computed_amount = NULL, grant_reason = NULL, bank_account = NULL, bank_name = NULL "
                    + "WHERE id = ? AND version = ?")) {
                ps.setLong(1, id);
                ps.setLong(2, approved.get(i)[1]);
                if (ps.executeUpdate() != 1) {
                    throw new StaleRecordException("application", id);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO application_stage (application_id, stage, user_name, "
                    + "at, on_date, note) VALUES (?, 'APPLIED', ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, user);
                ps.setObject(3, OffsetDateTime.now(clock));
                ps.setObject(4, LocalDate.now(clock));
                ps.setString(5, NOTE);
                ps.executeUpdate();
            }
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("stage", "APPROVED");
            before.put("bankAccount", accounts.get(i));
            audit.write(c, user, "RETURN", "application", id, before, Map.of("stage", "APPLIED", "note", NOTE));
        }
    }
}
