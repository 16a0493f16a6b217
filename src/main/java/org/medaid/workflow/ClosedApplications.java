package org.medaid.workflow;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.medaid.store.Database;
import org.medaid.store.Sql;

/**
 * The closed queues (拨付 and 不予救助), newest first, so a clerk can look a paid or refused case up;
 * {@link ApplicationQueries} lists only the stages still waiting for someone. Read-only.
 */
public final class ClosedApplications {

    /** At most this many rows per queue on screen. */
    public static final int LIMIT = 200;

    private final Database db;

    public ClosedApplications(Database db) {
        this.db = db;
    }

    /** One closed case: paid on / refused on {@code since}, with the approved (or requested) amount. */
    public record ClosedCase(long id, long personId, String name, String township, String village, Stage stage,
            LocalDate since, BigDecimal amount) {
    }

    public List<ClosedCase> at(Stage stage) {
        if (stage.open()) {
            throw new IllegalArgumentException(stage + " is still open");
        }
        String dateColumn = stage == Stage.PAID ? "a.payout_date" : "a.rejected_on";
        String amount = stage == Stage.PAID ? "a.approved_amount" : "a.requested_amount";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.person_id, p.name, p.township, p.village, "
                    + dateColumn + " AS since, " + amount + " AS amount FROM application a JOIN person p ON p.id = a.person_id "
                    + "WHERE a.stage = ? ORDER BY since DESC, a.id DESC LIMIT " + LIMIT)) {
                ps.setString(1, stage.name());
                List<ClosedCase> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ClosedCase(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"),
                                rs.getString("township"), rs.getString("village"), stage, Sql.date(rs, "since"),
                                rs.getBigDecimal("amount")));
                    }
                }
                return out;
            }
        });
    }

    public int count(Stage stage) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM application WHERE stage = ?")) {
                ps.setString(1, stage.name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
