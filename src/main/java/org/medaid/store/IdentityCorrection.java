package org.medaid.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 更正: the only way an enrolled person's name or ID number (and with it the birth date and sex) changes
 * (ADR 0032). It takes a reason, is checked like any save (valid, not another person's number), and writes
 * an audit row CORRECT with the old and the new identity and the reason, in one transaction.
 */
final class IdentityCorrection {

    /** Longest reason kept (the audit row and the screen). */
    public static final int REASON_MAX = 200;

    private final Database db;
    private final PersonWriter writer;
    private final AuditWriter audit;

    IdentityCorrection(Database db, PersonWriter writer, Clock clock) {
        this.db = db;
        this.writer = writer;
        this.audit = new AuditWriter(clock);
    }

    /** Bills, applications and settlements that hang on the person's record. */
    Dependents dependents(long personId) {
        return db.read(c -> new Dependents(count(c, "SELECT COUNT(*) FROM bill WHERE person_id = ?", personId),
                count(c, "SELECT COUNT(*) FROM application WHERE person_id = ?", personId),
                count(c, "SELECT COUNT(*) FROM application WHERE person_id = ? AND stage NOT IN ('PAID', 'REJECTED')", personId),
                count(c, "SELECT COUNT(*) FROM settlement WHERE person_id = ?", personId)));
    }

    /**
     * Corrects the name and ID number of person {@code personId} at {@code version}; {@code reason} is
     * required. Refused (nothing written) when the reason is missing or too long, nothing changes, the ID is
     * invalid or another living person's, or the record changed meanwhile.
     */
    PersonRecord correct(long personId, long version, String name, String idNumber, String reason, String user) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("a correction needs a reason");
        }
        if (why.length() > REASON_MAX) {
            throw new IllegalArgumentException("a correction reason has at most " + REASON_MAX + " characters");
        }
        return db.inTransaction(c -> {
            PersonRecord old = PersonReader.byId(c, personId).filter(p -> !p.voided())
                    .orElseThrow(() -> new StoreException("no living person " + personId));
            if (old.version() != version) {
                throw new StaleRecordException("person", personId);
            }
            PersonRecord changed = new PersonRecord(old.id(), old.version(), name, idNumber, null, null, null,
                    old.township(), old.village(), old.householdHeadId(), old.relation(), old.phone(), old.bankAccount(),
                    old.insurance(), old.enrolmentYear(), false, old.bankName());
            PersonRecord saved = writer.update(c, changed, user);
            audit.write(c, user, "CORRECT", "person", personId, identity(old, null), identity(saved, why));
            return saved;
        });
    }

    private static Map<String, Object> identity(PersonRecord p, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("idNumber", p.idNumber());
        m.put("birthDate", String.valueOf(p.birthDate()));
        m.put("sex", p.sex());
        if (reason != null) {
            m.put("reason", reason);
        }
        return m;
    }

    private static int count(Tx c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
