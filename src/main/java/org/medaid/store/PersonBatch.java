package org.medaid.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.medaid.session.Action;
import org.medaid.session.Session;

/**
 * Writes many people and categories inside the caller's transaction by JDBC batches, for a caller that has already
 * classified every record against the store in that transaction (the list import, ADR 0076): no lookup and no
 * read-back per record, the stored record is built from what was written and its generated key. Each record still
 * passes the person's rules ({@link PersonRules}) and the category's dates; the database refuses a second living ID
 * number and a changed version ({@link StaleRecordException}). Overlapping spans and the 户主 rules are the caller's
 * to check, as the importer does against the same rows. Every record gets the audit row {@link PersonWriter} and
 * {@link CategoryWriter} write: same action, table, old and new value.
 */
public final class PersonBatch {

    /** A stored record ({@code before}, as read in this transaction) and what it becomes. */
    public record Change<T>(T before, T after) {
    }

    /** A category to add to the living person named {@code personName} (kept beside it for the roster, ADR 0007). */
    public record NewCategory(CategoryRecord category, String personName) {
    }

    private final Tx c;
    private final String user;
    private final Clock clock;
    private final AuditWriter audit;

    private PersonBatch(Tx c, String user, Clock clock) {
        this.c = c;
        this.user = user;
        this.clock = clock;
        this.audit = new AuditWriter(clock);
    }

    /** The batch of the session's user, who must hold the duty to enrol (ADR 0034): checked once, here. */
    public static PersonBatch of(Tx c, Session session, Clock clock) throws SQLException {
        return new PersonBatch(c, Actors.author(c, session, Action.ENROL), clock);
    }

    /** Inserts the people (their ids and versions are not used) and returns them as stored, in the same order. */
    public List<PersonRecord> enrol(List<PersonRecord> people) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        List<PersonRecord> checked = new ArrayList<>(people.size());
        for (PersonRecord p : people) {
            checked.add(PersonRules.checked(p, today));
        }
        List<PersonRecord> stored = new ArrayList<>(checked.size());
        try (PreparedStatement ps = c.prepareStatement(PersonWriter.INSERT, new String[] {"ID"})) {
            for (PersonRecord p : checked) {
                PersonWriter.bindInsert(ps, p);
                ps.addBatch();
            }
            send(ps, "cannot enrol the people");
            try (ResultSet keys = ps.getGeneratedKeys()) {
                for (PersonRecord p : checked) {
                    stored.add(as(p, key(keys), 1));
                }
            }
        }
        try (AuditWriter.Rows rows = audit.rows(c, user)) {
            for (PersonRecord p : stored) {
                rows.add(AuditWriter.INSERT, PersonWriter.TABLE, p.id(), null, p);
            }
            rows.send();
        }
        return stored;
    }

    /**
     * Changes stored people's details. Name, ID number and 户主 stay (a list does not change them); the policy region
     * stays the stored one (ADR 0066). A changed bank account or bank returns approved cases to review (ADR 0034).
     */
    public List<PersonRecord> update(List<Change<PersonRecord>> changes) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        List<PersonRecord> stored = new ArrayList<>(changes.size());
        try (PreparedStatement ps = c.prepareStatement(PersonWriter.UPDATE)) {
            for (Change<PersonRecord> ch : changes) {
                PersonRecord old = ch.before();
                PersonRecord p = PersonRules.checked(ch.after().withRegion(old.region()), today);
                if (p.id() != old.id() || !p.name().equals(old.name()) || !p.idNumber().equals(old.idNumber())
                        || !Objects.equals(p.householdHeadId(), old.householdHeadId())) {
                    throw new IllegalArgumentException("a batch keeps a person's name, ID number and household head: "
                            + "person " + old.id());
                }
                PersonWriter.bindUpdate(ps, p, old.version());
                ps.addBatch();
                stored.add(as(p, p.id(), old.version() + 1));
            }
            requireEach(send(ps, "cannot change the people"), changes.stream().map(ch -> ch.before().id()).toList(),
                    PersonWriter.TABLE);
        }
        try (AuditWriter.Rows rows = audit.rows(c, user)) {
            for (int i = 0; i < stored.size(); i++) {
                rows.add(AuditWriter.UPDATE, PersonWriter.TABLE, stored.get(i).id(), changes.get(i).before(), stored.get(i));
            }
            rows.send();
        }
        for (int i = 0; i < stored.size(); i++) {
            PersonRecord old = changes.get(i).before();
            PersonRecord now = stored.get(i);
            if (!Objects.equals(old.bankAccount(), now.bankAccount()) || !Objects.equals(old.bankName(), now.bankName())) {
                PayeeChange.returnToReview(c, audit, now.id(), user, clock);
            }
        }
        return stored;
    }

    /** Inserts categories of living people and returns them as stored, in the same order. */
    public List<CategoryRecord> add(List<NewCategory> categories) throws SQLException {
        List<CategoryRecord> stored = new ArrayList<>(categories.size());
        try (PreparedStatement ps = c.prepareStatement(CategoryWriter.INSERT, new String[] {"ID"})) {
            for (NewCategory n : categories) {
                CategoryWriter.checkDates(n.category());
                CategoryWriter.bindInsert(ps, n.category(), n.personName());
                ps.addBatch();
            }
            send(ps, "cannot add the categories");
            try (ResultSet keys = ps.getGeneratedKeys()) {
                for (NewCategory n : categories) {
                    CategoryRecord k = n.category();
                    stored.add(new CategoryRecord(key(keys), 1, k.personId(), k.code(), k.from(), k.to(), k.department(),
                            PersonRules.blankToNull(k.documentNo()), false));
                }
            }
        }
        try (AuditWriter.Rows rows = audit.rows(c, user)) {
            for (CategoryRecord k : stored) {
                rows.add(AuditWriter.INSERT, CategoryWriter.TABLE, k.id(), null, k);
            }
            rows.send();
        }
        return stored;
    }

    /** Saves corrected categories (dates, department, document number; person and code stay, as the store's). */
    public List<CategoryRecord> correct(List<Change<CategoryRecord>> changes) throws SQLException {
        List<CategoryRecord> stored = new ArrayList<>(changes.size());
        try (PreparedStatement ps = c.prepareStatement(CategoryWriter.CORRECT)) {
            for (Change<CategoryRecord> ch : changes) {
                CategoryRecord old = ch.before();
                CategoryRecord k = new CategoryRecord(old.id(), old.version(), old.personId(), old.code(), ch.after().from(),
                        ch.after().to(), ch.after().department(), PersonRules.blankToNull(ch.after().documentNo()), false);
                CategoryWriter.checkDates(k);
                CategoryWriter.bindCorrect(ps, k);
                ps.addBatch();
                stored.add(new CategoryRecord(k.id(), old.version() + 1, k.personId(), k.code(), k.from(), k.to(),
                        k.department(), k.documentNo(), false));
            }
            requireEach(send(ps, "cannot change the categories"), changes.stream().map(ch -> ch.before().id()).toList(),
                    CategoryWriter.TABLE);
        }
        try (AuditWriter.Rows rows = audit.rows(c, user)) {
            for (int i = 0; i < stored.size(); i++) {
                rows.add(AuditWriter.UPDATE, CategoryWriter.TABLE, stored.get(i).id(), changes.get(i).before(), stored.get(i));
            }
            rows.send();
        }
        return stored;
    }

    private static PersonRecord as(PersonRecord p, long id, long version) {
        return new PersonRecord(id, version, p.name(), p.idNumber(), p.birthDate(), p.sex(), p.region(), p.township(),
                p.village(), p.householdHeadId(), p.relation(), p.phone(), p.bankAccount(), p.insurance(),
                p.enrolmentYear(), false, p.bankName());
    }

    private static long key(ResultSet keys) throws SQLException {
        if (!keys.next()) {
            throw new StoreException("the store returned fewer keys than records inserted");
        }
        return keys.getLong(1);
    }

    /** Sends the batch; a refusal of the database (a second living ID number, a value too long) is the store's sentence. */
    private static int[] send(PreparedStatement ps, String what) throws SQLException {
        try {
            return ps.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure(what, e);
        }
    }

    /** Every change must have met its record at the version read: else someone changed it since. */
    private static void requireEach(int[] counts, List<Long> ids, String table) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 1) {
                throw new StaleRecordException(table, ids.get(i));
            }
        }
    }
}
