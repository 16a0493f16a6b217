package org.medaid.store;

import org.medaid.session.Action;
import org.medaid.session.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medaid.identity.PinyinInitials;

/**
 * Writes people on a given connection, inside the caller's transaction: the store's own methods and
 * the importer share it. Every write is audited; the search columns are kept here (ADR 0007).
 */
public final class PersonWriter {

    public static final String TABLE = "person";
    /** The author of the audit rows of a sample township (loaded by the first run, never by a caller's name). */
    public static final String SAMPLE_AUTHOR = "(sample)";

    private final Clock clock;
    private final AuditWriter audit;
    private final CategoryWriter categories;

    public PersonWriter(Clock clock) {
        this.clock = clock;
        this.audit = new AuditWriter(clock);
        this.categories = new CategoryWriter(clock);
    }

    public CategoryWriter categories() {
        return categories;
    }

    /** Enrols a person with categories in the session's name (role 经办人, ADR 0034). */
    public PersonRecord enrol(Tx c, PersonRecord person, List<CategoryRecord> cats, Session session) throws SQLException {
        return enrol(c, person, cats, Actors.author(c, session, Action.ENROL));
    }

    /** Enrols a sample person; the audit names {@link #SAMPLE_AUTHOR}, never a name a caller chose. */
    public PersonRecord enrolSample(Tx c, PersonRecord person, List<CategoryRecord> cats) throws SQLException {
        return enrol(c, person, cats, SAMPLE_AUTHOR);
    }

    private PersonRecord enrol(Tx c, PersonRecord person, List<CategoryRecord> cats, String user) throws SQLException {
        PersonRecord p = PersonRules.checked(person, LocalDate.now(clock));
        refuseDuplicate(c, p.idNumber(), 0);
        checkHead(c, p, 0);
        long id;
        try (PreparedStatement ps = c.prepareStatement(INSERT, new String[] {"ID"})) {
            bindInsert(ps, p);
            executeUnique(ps, p.idNumber(), c);
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        PersonRecord stored = PersonReader.byId(c, id).orElseThrow();
        audit.write(c, user, AuditWriter.INSERT, TABLE, id, null, stored);
        for (CategoryRecord cat : cats == null ? List.<CategoryRecord>of() : cats) {
            categories.insert(c, withPerson(cat, id), user);
        }
        return stored;
    }

    public PersonRecord update(Tx c, PersonRecord person, Session session) throws SQLException {
        return update(c, person, Actors.author(c, session, Action.ENROL));
    }

    /** The change in the name of an author the caller in this package has already checked (ADR 0034). */
    PersonRecord update(Tx c, PersonRecord person, String user) throws SQLException {
        PersonRecord old = living(c, person.id());
        // the policy region (户籍地) is the stored one: only changeRegion changes it, with a reason (ADR 0066)
        PersonRecord p = PersonRules.checked(person.withRegion(old.region()), LocalDate.now(clock));
        refuseDuplicate(c, p.idNumber(), p.id());
        checkHead(c, p, p.id());
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            bindUpdate(ps, p, person.version());
            if (executeUnique(ps, p.idNumber(), c) == 0) {
                throw new StaleRecordException(TABLE, p.id());
            }
        }
        if (!old.name().equals(p.name())) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE person_category SET person_sort_key = ?, person_name = ? "
                    + "WHERE person_id = ?")) {
                ps.setString(1, sortKey(p.name()));
                ps.setString(2, p.name());
                ps.setLong(3, p.id());
                ps.executeUpdate();
            }
        }
        PersonRecord stored = PersonReader.byId(c, p.id()).orElseThrow();
        audit.write(c, user, AuditWriter.UPDATE, TABLE, p.id(), old, stored);
        // the payee is the account and its bank (ADR 0034): a change of either returns approved cases
        if (!java.util.Objects.equals(old.bankAccount(), stored.bankAccount())
                || !java.util.Objects.equals(old.bankName(), stored.bankName())) {
            PayeeChange.returnToReview(c, audit, stored.id(), user, clock);
        }
        return stored;
    }

    /**
     * The person's policy region (户籍地, 临医保发〔2022〕13号 四) changes to {@code region}, a GB/T 2260 code, with a
     * reason written to the audit row (ADR 0066). The same region is refused: nothing would change.
     */
    public PersonRecord changeRegion(Tx c, long id, long version, String region, String reason, Session session)
            throws SQLException {
        String user = Actors.author(c, session, Action.ENROL);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a change of the policy region needs a reason");
        }
        PersonRecord old = living(c, id);
        PersonRecord p = PersonRules.checked(old.withRegion(region), LocalDate.now(clock));
        if (p.region().equals(old.region())) {
            throw new IllegalArgumentException("the policy region is already " + region);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE person SET version = version + 1, region = ? "
                + "WHERE id = ? AND version = ? AND NOT voided")) {
            ps.setString(1, p.region());
            ps.setLong(2, id);
            ps.setLong(3, version);
            if (ps.executeUpdate() == 0) {
                throw new StaleRecordException(TABLE, id);
            }
        }
        PersonRecord stored = PersonReader.byId(c, id).orElseThrow();
        audit.write(c, user, AuditWriter.UPDATE, TABLE, id, old, AuditWriter.withReason(stored, reason.strip()));
        return stored;
    }

    public void voidPerson(Tx c, long id, long version, String reason, Session session) throws SQLException {
        String user = Actors.author(c, session, Action.ENROL);
        PersonRecord old = living(c, id);
        try (PreparedStatement ps = c.prepareStatement("UPDATE person SET version = version + 1, voided = TRUE, "
                + "sort_key = NULL, id_reversed = NULL, void_reason = ? WHERE id = ? AND version = ? AND NOT voided")) {
            ps.setString(1, reason);
            ps.setLong(2, id);
            ps.setLong(3, version);
            if (ps.executeUpdate() == 0) {
                throw new StaleRecordException(TABLE, id);
            }
        }
        // the voided person's categories leave the roster's category index with them
        try (PreparedStatement ps = c.prepareStatement("UPDATE person_category SET search_code = NULL WHERE person_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        audit.write(c, user, AuditWriter.VOID, TABLE, id, old, AuditWriter.withReason(PersonReader.byId(c, id).orElseThrow(), reason));
    }

    /** The stored, not voided person; a voided one cannot be changed. */
    static PersonRecord living(Tx c, long id) throws SQLException {
        PersonRecord p = PersonReader.byId(c, id).orElseThrow(() -> new StoreException("no person " + id));
        if (p.voided()) {
            throw new StoreException("person " + id + " is voided and cannot be changed");
        }
        return p;
    }

    static final String INSERT = "INSERT INTO person (version, name, id_number, birth_date, sex, region, township, "
            + "village, household_head_id, relation, phone, bank_account, insurance, bank_name, enrolment_year, voided, "
            + "sort_key, id_reversed) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)";
    static final String UPDATE = "UPDATE person SET version = version + 1, name = ?, id_number = ?, birth_date = ?, "
            + "sex = ?, region = ?, township = ?, village = ?, household_head_id = ?, relation = ?, phone = ?, "
            + "bank_account = ?, insurance = ?, bank_name = ?, enrolment_year = ?, sort_key = ?, id_reversed = ? "
            + "WHERE id = ? AND version = ?";

    /** The parameters of {@link #INSERT} for the checked person {@code p}. */
    static void bindInsert(PreparedStatement ps, PersonRecord p) throws SQLException {
        int i = bindFields(ps, p);
        ps.setInt(i, p.enrolmentYear());
        ps.setString(i + 1, sortKey(p.name()));
        ps.setString(i + 2, reversed(p.idNumber()));
    }

    /** The parameters of {@link #UPDATE}: the checked person {@code p} over its stored {@code version}. */
    static void bindUpdate(PreparedStatement ps, PersonRecord p, long version) throws SQLException {
        bindInsert(ps, p);
        ps.setLong(17, p.id());
        ps.setLong(18, version);
    }

    private static int bindFields(PreparedStatement ps, PersonRecord p) throws SQLException {
        ps.setString(1, p.name());
        ps.setString(2, p.idNumber());
        Sql.setDate(ps, 3, p.birthDate());
        ps.setString(4, p.sex().name());
        ps.setString(5, p.region());
        ps.setString(6, p.township());
        ps.setString(7, p.village());
        Sql.setLong(ps, 8, p.householdHeadId());
        ps.setString(9, p.relation());
        ps.setString(10, p.phone());
        ps.setString(11, p.bankAccount());
        ps.setString(12, p.insurance().name());
        ps.setString(13, p.bankName());
        return 14;
    }

    private static int executeUnique(PreparedStatement ps, String idNumber, Tx c) throws SQLException {
        try {
            return ps.executeUpdate();
        } catch (SQLException e) {
            if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // another window enrolled the same number between our check and our insert
                Optional<PersonRecord> existing = PersonReader.byIdNumber(c, idNumber);
                if (existing.isPresent()) {
                    throw new DuplicateIdNumberException(idNumber, existing.get().id());
                }
            }
            throw e;
        }
    }

    private static void refuseDuplicate(Tx c, String idNumber, long self) throws SQLException {
        Optional<PersonRecord> existing = PersonReader.byIdNumber(c, idNumber);
        if (existing.isPresent() && existing.get().id() != self) {
            throw new DuplicateIdNumberException(idNumber, existing.get().id());
        }
    }

    /** 户主: the head must be a stored, living person who heads their own household. */
    private static void checkHead(Tx c, PersonRecord p, long self) throws SQLException {
        Long headId = p.householdHeadId();
        if (headId == null) {
            return;
        }
        if (headId == self) {
            throw new IllegalArgumentException("a person cannot be their own household head; leave the head empty");
        }
        PersonRecord head = PersonReader.byId(c, headId)
                .orElseThrow(() -> new StoreException("household head " + headId + " is not stored"));
        if (head.voided() || head.householdHeadId() != null) {
            throw new StoreException("person " + headId + " is not the head of a household");
        }
    }

    private static CategoryRecord withPerson(CategoryRecord cat, long personId) {
        return new CategoryRecord(0, 0, personId, cat.code(), cat.from(), cat.to(), cat.department(), cat.documentNo(), false);
    }

    /** Roster order and initials search in one column: 张三 → "zs 张三" (ADR 0007). */
    public static String sortKey(String name) {
        return PinyinInitials.of(name) + " " + name;
    }

    /** The ID number reversed: its last digits become a prefix the index can range over. */
    public static String reversed(String idNumber) {
        return new StringBuilder(idNumber).reverse().toString();
    }
}
