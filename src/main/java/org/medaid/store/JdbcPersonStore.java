package org.medaid.store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medaid.session.Session;

/** {@link PersonStore} on the H2 database: each method one transaction, every write audited. */
public final class JdbcPersonStore implements PersonStore {

    private final Database db;
    private final PersonWriter writer;
    private final IdentityCorrection corrections;

    public JdbcPersonStore(Database db) {
        this(db, Clock.systemDefaultZone());
    }

    public JdbcPersonStore(Database db, Clock clock) {
        this.db = db;
        this.writer = new PersonWriter(clock);
        this.corrections = new IdentityCorrection(db, writer, clock);
    }

    @Override
    public PersonRecord enrol(PersonRecord person, List<CategoryRecord> categories, Session session) {
        return db.inTransaction(c -> writer.enrol(c, person, categories, session));
    }

    @Override
    public PersonRecord update(PersonRecord person, Session session) {
        return update(person, null, session);
    }

    @Override
    public PersonRecord update(PersonRecord person, String regionReason, Session session) {
        return db.inTransaction(c -> {
            // ADR 0032: an ordinary save never changes who the record is; that is a 更正 with a reason
            PersonRecord stored = PersonReader.byId(c, person.id()).orElse(null);
            if (stored != null && !sameIdentity(stored, person)) {
                throw new IdentityChangeException(person.id());
            }
            PersonRecord changed = person;
            if (stored != null && regionReason != null && person.region() != null
                    && !person.region().strip().equals(stored.region())) {
                PersonRecord moved = writer.changeRegion(c, person.id(), person.version(), person.region(), regionReason, session);
                changed = new PersonRecord(person.id(), moved.version(), person.name(), person.idNumber(), person.birthDate(),
                        person.sex(), moved.region(), person.township(), person.village(), person.householdHeadId(),
                        person.relation(), person.phone(), person.bankAccount(), person.insurance(), person.enrolmentYear(),
                        person.voided(), person.bankName());
            }
            return writer.update(c, changed, session);
        });
    }

    @Override
    public Dependents dependents(long personId) {
        return corrections.dependents(personId);
    }

    @Override
    public PersonRecord correctIdentity(long personId, long version, String name, String idNumber, String reason,
            Session session) {
        // ADR 0034: the 更正 is the 经办人's, in the session's name
        String user = db.read(c -> Actors.author(c, session, org.medaid.session.Action.ENROL));
        return corrections.correct(personId, version, name, idNumber, reason, user);
    }

    /** Same name and ID number, as the store keeps them (trimmed, the check letter in capitals). */
    static boolean sameIdentity(PersonRecord a, PersonRecord b) {
        return norm(a.name()).equals(norm(b.name())) && norm(a.idNumber()).toUpperCase(java.util.Locale.ROOT)
                .equals(norm(b.idNumber()).toUpperCase(java.util.Locale.ROOT));
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip();
    }

    @Override
    public PersonRecord changeRegion(long personId, long version, String region, String reason, Session session) {
        return db.inTransaction(c -> writer.changeRegion(c, personId, version, region, reason, session));
    }

    @Override
    public void voidPerson(long personId, long version, String reason, Session session) {
        db.inTransaction(c -> {
            writer.voidPerson(c, personId, version, reason, session);
            return null;
        });
    }

    @Override
    public Optional<PersonRecord> byId(long personId) {
        return db.read(c -> PersonReader.byId(c, personId));
    }

    @Override
    public Optional<PersonRecord> byIdNumber(String idNumber) {
        return db.read(c -> PersonReader.byIdNumber(c, idNumber == null ? "" : idNumber.trim().toUpperCase(java.util.Locale.ROOT)));
    }

    @Override
    public List<PersonRecord> household(long headId) {
        return db.read(c -> PersonReader.household(c, headId));
    }

    @Override
    public List<CategoryRecord> categories(long personId) {
        return db.read(c -> PersonReader.categories(c, personId));
    }

    @Override
    public CategoryRecord addCategory(CategoryRecord category, Session session) {
        return db.inTransaction(c -> writer.categories().add(c, category, session));
    }

    @Override
    public CategoryRecord endCategory(long categoryId, long version, LocalDate to, Session session) {
        return db.inTransaction(c -> writer.categories().end(c, categoryId, version, to, session));
    }

    @Override
    public void voidCategory(long categoryId, long version, String reason, Session session) {
        db.inTransaction(c -> {
            writer.categories().voidCategory(c, categoryId, version, reason, session);
            return null;
        });
    }

    /** Corrects a category's dates, department or document number (not part of {@link PersonStore}). */
    public CategoryRecord correctCategory(CategoryRecord category, Session session) {
        return db.inTransaction(c -> writer.categories().correct(c, category, session));
    }
}
