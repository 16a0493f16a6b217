package org.medaid.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medaid.session.Session;

/**
 * People and their identity categories. Every method is one transaction; every insert, change and void
 * is written to the audit table with the session's user, who must hold the role 经办人 (ADR 0034). Nothing is ever deleted.
 */
public interface PersonStore {

    /** Enrols a new person with their categories, all or nothing. */
    PersonRecord enrol(PersonRecord person, List<CategoryRecord> categories, Session session);

    /** Saves a changed person; {@link StaleRecordException} if the version is not the stored one. */
    PersonRecord update(PersonRecord person, Session session);

    /**
     * Saves the changed fields and, when {@code regionReason} is given and the record's region differs from the stored
     * one, changes the policy region with that reason ({@link #changeRegion}); all in one transaction (ADR 0066).
     */
    PersonRecord update(PersonRecord person, String regionReason, Session session);

    /** Bills, applications and settlements that hang on the person's record (shown before a 更正, ADR 0032). */
    Dependents dependents(long personId);

    /**
     * 更正 (ADR 0032): the only change of an enrolled person's name or ID number (and so birth date and sex);
     * a reason is required and written to the audit trail with the old and new identity.
     */
    PersonRecord correctIdentity(long personId, long version, String name, String idNumber, String reason, Session session);

    /**
     * The person's policy region (户籍地, 临医保发〔2022〕13号 四) changes, with a reason written to the audit trail;
     * the only way it changes after enrolment (ADR 0066). The policy of every later calculation follows it.
     */
    PersonRecord changeRegion(long personId, long version, String region, String reason, Session session);

    void voidPerson(long personId, long version, String reason, Session session);

    Optional<PersonRecord> byId(long personId);

    Optional<PersonRecord> byIdNumber(String idNumber);

    /** Members of the household whose head is {@code headId}, the head first. */
    List<PersonRecord> household(long headId);

    /** The person's categories, voided ones included, oldest first. */
    List<CategoryRecord> categories(long personId);

    CategoryRecord addCategory(CategoryRecord category, Session session);

    /** An exit: sets the end date (history is kept). */
    CategoryRecord endCategory(long categoryId, long version, LocalDate to, Session session);

    void voidCategory(long categoryId, long version, String reason, Session session);
}
