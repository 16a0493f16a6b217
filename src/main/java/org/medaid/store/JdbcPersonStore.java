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

    public JdbcPersonStore(Database db) {
        this(db, Clock.systemDefaultZone());
    }

    public JdbcPersonStore(Database db, Clock clock) {
        this.db = db;
        this.writer = new PersonWriter(clock);
    }

    @Override
    public PersonRecord enrol(PersonRecord person, List<CategoryRecord> categories, Session session) {
        return db.inTransaction(c -> writer.enrol(c, person, categories, session));
    }

    @Override
    public PersonRecord update(PersonRecord person, Session session) {
        return db.inTransaction(c -> writer.update(c, person, session));
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
