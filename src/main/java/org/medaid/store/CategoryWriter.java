package org.medaid.store;

import org.medaid.session.Action;
import org.medaid.session.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/** Writes identity categories on a given connection: an exit is an end date, a mistake is voided. */
public final class CategoryWriter {

    public static final String TABLE = "person_category";

    private final AuditWriter audit;

    public CategoryWriter(Clock clock) {
        this.audit = new AuditWriter(clock);
    }

    public CategoryRecord add(Tx c, CategoryRecord cat, Session session) throws SQLException {
        return insert(c, cat, Actors.author(c, session, Action.ENROL));
    }

    /**
     * Adds or ends a category for a caller that has checked the author's duty itself: a held hand edit applied
     * with the monthly list or by an administrator's override (ADR 0051). {@code to} null: add.
     */
    public CategoryRecord applyHeld(Tx c, CategoryRecord cat, String author) throws SQLException {
        if (cat.id() == 0) {
            return insert(c, cat, author);
        }
        CategoryRecord old = living(c, cat.id());
        return correct(c, new CategoryRecord(old.id(), old.version(), old.personId(), old.code(), old.from(), cat.to(),
                old.department(), old.documentNo(), false), author);
    }

    CategoryRecord insert(Tx c, CategoryRecord cat, String user) throws SQLException {
        PersonRecord person = PersonWriter.living(c, cat.personId());
        checkDates(cat);
        refuseOverlap(c, cat);
        long id;
        try (PreparedStatement ps = c.prepareStatement(INSERT, new String[] {"ID"})) {
            bindInsert(ps, cat, person.name());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        CategoryRecord stored = PersonReader.category(c, id).orElseThrow();
        audit.write(c, user, AuditWriter.INSERT, TABLE, id, null, stored);
        return stored;
    }

    static final String INSERT = "INSERT INTO person_category (version, person_id, person_sort_key, person_name, code, "
            + "search_code, from_date, to_date, department, document_no, voided) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)";
    static final String CORRECT = "UPDATE person_category SET version = version + 1, from_date = ?, to_date = ?, "
            + "department = ?, document_no = ? WHERE id = ? AND version = ? AND NOT voided";

    /** The parameters of {@link #INSERT}: the category of the living person named {@code personName}. */
    static void bindInsert(PreparedStatement ps, CategoryRecord cat, String personName) throws SQLException {
        ps.setLong(1, cat.personId());
        ps.setString(2, PersonWriter.sortKey(personName));
        ps.setString(3, personName);
        ps.setString(4, cat.code().name());
        ps.setString(5, cat.code().name());
        Sql.setDate(ps, 6, cat.from());
        Sql.setDate(ps, 7, cat.to());
        ps.setString(8, cat.department() == null ? null : cat.department().name());
        ps.setString(9, PersonRules.blankToNull(cat.documentNo()));
    }

    /** The parameters of {@link #CORRECT}: the category's new dates, department and number over its version. */
    static void bindCorrect(PreparedStatement ps, CategoryRecord cat) throws SQLException {
        Sql.setDate(ps, 1, cat.from());
        Sql.setDate(ps, 2, cat.to());
        ps.setString(3, cat.department() == null ? null : cat.department().name());
        ps.setString(4, PersonRules.blankToNull(cat.documentNo()));
        ps.setLong(5, cat.id());
        ps.setLong(6, cat.version());
    }

    public CategoryRecord end(Tx c, long id, long version, LocalDate to, Session session) throws SQLException {
        CategoryRecord old = living(c, id);
        Objects.requireNonNull(to, "end date");
        return correct(c, new CategoryRecord(id, version, old.personId(), old.code(), old.from(), to, old.department(),
                old.documentNo(), false), Actors.author(c, session, Action.ENROL));
    }

    /**
     * Saves a corrected category (dates, department, document number; code and person stay):
     * {@link StaleRecordException} when the version is not the stored one.
     */
    public CategoryRecord correct(Tx c, CategoryRecord cat, Session session) throws SQLException {
        return correct(c, cat, Actors.author(c, session, Action.ENROL));
    }

    private CategoryRecord correct(Tx c, CategoryRecord cat, String user) throws SQLException {
        CategoryRecord old = living(c, cat.id());
        checkDates(cat);
        refuseOverlap(c, new CategoryRecord(cat.id(), cat.version(), old.personId(), old.code(), cat.from(), cat.to(),
                cat.department(), cat.documentNo(), false));
        try (PreparedStatement ps = c.prepareStatement(CORRECT)) {
            bindCorrect(ps, cat);
            if (ps.executeUpdate() == 0) {
                throw new StaleRecordException(TABLE, cat.id());
            }
        }
        CategoryRecord stored = PersonReader.category(c, cat.id()).orElseThrow();
        audit.write(c, user, AuditWriter.UPDATE, TABLE, cat.id(), old, stored);
        return stored;
    }

    public void voidCategory(Tx c, long id, long version, String reason, Session session) throws SQLException {
        String user = Actors.author(c, session, Action.ENROL);
        CategoryRecord old = living(c, id);
        try (PreparedStatement ps = c.prepareStatement("UPDATE person_category SET version = version + 1, voided = TRUE, "
                + "search_code = NULL, void_reason = ? WHERE id = ? AND version = ? AND NOT voided")) {
            ps.setString(1, reason);
            ps.setLong(2, id);
            ps.setLong(3, version);
            if (ps.executeUpdate() == 0) {
                throw new StaleRecordException(TABLE, id);
            }
        }
        audit.write(c, user, AuditWriter.VOID, TABLE, id, old,
                AuditWriter.withReason(PersonReader.category(c, id).orElseThrow(), reason));
    }

    private static CategoryRecord living(Tx c, long id) throws SQLException {
        CategoryRecord cat = PersonReader.category(c, id).orElseThrow(() -> new StoreException("no category " + id));
        if (cat.voided()) {
            throw new StoreException("category " + id + " is voided and cannot be changed");
        }
        return cat;
    }

    /**
     * A person holds a category once at a time: a second span of the same code may not overlap a
     * living one (an exit is an end date, a return a new span after it).
     */
    private static void refuseOverlap(Tx c, CategoryRecord cat) throws SQLException {
        for (CategoryRecord other : PersonReader.categories(c, cat.personId())) {
            if (other.id() != cat.id() && !other.voided() && other.code() == cat.code() && overlaps(other, cat)) {
                throw new CategoryOverlapException(cat.code(), other.id());
            }
        }
    }

    public static boolean overlaps(CategoryRecord a, CategoryRecord b) {
        return (a.to() == null || !a.to().isBefore(b.from())) && (b.to() == null || !b.to().isBefore(a.from()));
    }

    static void checkDates(CategoryRecord cat) {
        Objects.requireNonNull(cat.code(), "category code");
        Objects.requireNonNull(cat.from(), "category start date");
        if (cat.to() != null && cat.to().isBefore(cat.from())) {
            throw new IllegalArgumentException("category " + cat.code() + " ends " + cat.to() + " before it starts " + cat.from());
        }
    }
}
