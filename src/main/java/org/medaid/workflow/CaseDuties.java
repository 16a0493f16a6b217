package org.medaid.workflow;

import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.medaid.bills.BillRevision;
import org.medaid.bills.BillStore;
import org.medaid.session.Duties;
import org.medaid.session.Rule;
import org.medaid.session.Session;

/**
 * Separation of duties on one case (ADR 0034): entry, 乡镇审核 and 县级审批 by three different people; the
 * payout by someone other than who entered it; nobody reviews or approves a case of a person whose
 * categories or bank account they changed in the year of the application. "Entered" covers the
 * application and every entry, correction or void of its bills.
 */
final class CaseDuties {

    private final BillStore bills;

    CaseDuties(BillStore bills) {
        this.bills = bills;
    }

    /** 乡镇审核, 公示 and refusal at review. */
    void mayReview(Tx c, Session user, AssistanceApplication a) throws SQLException {
        Duties.notAmong(user, entry(a), Rule.ENTRY_NOT_REVIEW);
        Duties.notAmong(user, personChangers(c, a), Rule.CHANGED_PERSON);
    }

    /** 县级审批 and refusal at approval. */
    void mayApprove(Tx c, Session user, AssistanceApplication a) throws SQLException {
        Duties.notAmong(user, entry(a), Rule.ENTRY_NOT_APPROVAL);
        Duties.notAmong(user, township(a), Rule.REVIEW_NOT_APPROVAL);
        Duties.notAmong(user, personChangers(c, a), Rule.CHANGED_PERSON);
    }

    /** 拨付. */
    void mayPay(Tx c, Session user, AssistanceApplication a) {
        Duties.notAmong(user, entry(a), Rule.ENTRY_NOT_PAYOUT);
    }

    private Set<String> entry(AssistanceApplication a) {
        Set<String> users = new HashSet<>();
        users.add(a.enteredBy());
        for (ApplicationBill b : a.bills()) {
            for (BillRevision r : bills.history(b.billId())) {
                users.add(r.user());
            }
        }
        return users;
    }

    /** Who did the township's stages of this case (乡镇审核, 公示); a case sent back keeps its earlier reviewers. */
    private static Set<String> township(AssistanceApplication a) {
        Set<String> users = new HashSet<>();
        for (StageRecord r : a.history()) {
            if (r.stage() == Stage.TOWNSHIP_REVIEWED || r.stage() == Stage.PUBLICISED) {
                users.add(r.user());
            }
        }
        return users;
    }

    /**
     * Who, in the application's calendar year, added, changed or voided one of the person's categories, or
     * entered or changed the person's record (which holds the bank account), from the audit trail.
     */
    static Set<String> personChangers(Tx c, AssistanceApplication a) throws SQLException {
        int year = a.appliedOn().getYear();
        ZoneId zone = ZoneId.systemDefault();
        OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toOffsetDateTime();
        Set<String> users = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.user_name, a.old_value, a.new_value, a.table_name FROM audit a "
                + "WHERE a.at >= ? AND a.at < ? AND ((a.table_name = 'person' AND a.record_id = ?) OR (a.table_name = "
                + "'person_category' AND a.record_id IN (SELECT id FROM person_category WHERE person_id = ?)))")) {
            ps.setObject(1, from);
            ps.setObject(2, to);
            ps.setLong(3, a.personId());
            ps.setLong(4, a.personId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean category = "person_category".equals(rs.getString(4));
                    if (category || !account(rs.getString(2)).equals(account(rs.getString(3)))) {
                        users.add(rs.getString(1));
                    }
                }
            }
        }
        return users;
    }

    /** The bank account in a person's audit JSON ("" when none). */
    private static String account(String json) {
        if (json == null) {
            return "";
        }
        try {
            com.fasterxml.jackson.databind.JsonNode n = JSON.readTree(json).get("bankAccount");
            return n == null || n.isNull() ? "" : n.asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "?" + json.hashCode();
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
}
