package org.medaid.model;

/**
 * The length of every text column a clerk or a file fills (ADR 0029): the forms cap their fields at it,
 * the importer and the case-file reader refuse longer values with the field's name, and a test compares
 * each entry with the column in the schema ({@code table.column}).
 */
public enum TextLimit {
    PERSON_NAME("person.name", 64),
    ID_NUMBER("person.id_number", 18),
    TOWNSHIP("person.township", 64),
    VILLAGE("person.village", 64),
    RELATION("person.relation", 16),
    PHONE("person.phone", 32),
    BANK_ACCOUNT("person.bank_account", 40),
    BANK_NAME("person.bank_name", 60),
    PERSON_VOID_REASON("person.void_reason", 200),
    CATEGORY_DEPARTMENT("person_category.department", 32),
    CATEGORY_DOCUMENT("person_category.document_no", 100),
    CATEGORY_VOID_REASON("person_category.void_reason", 200),
    HOSPITAL_NAME("bill.hospital_name", 100),
    DIAGNOSIS("bill.diagnosis", 200),
    SPECIAL_DISEASE("bill.special_disease", 100),
    BILL_VOID_REASON("bill.void_reason", 200),
    APPLICATION_VISITORS("application.visitors", 100),
    APPLICATION_REJECTION("application.rejection_reason", 500),
    APPLICATION_ACCOUNT("application.bank_account", 40),
    APPLICATION_BANK_NAME("application.bank_name", 60),
    STAGE_NOTE("application_stage.note", 500),
    USER_LOGIN("app_user.login_name", 64),
    USER_DISPLAY_NAME("app_user.display_name", 64),
    PRINT_NOTE("print_log.note", 200),
    HOUSEHOLD_FACT_SOURCE("household_fact.source", 200),
    HOUSEHOLD_FACT_VOID_REASON("household_fact.void_reason", 200),
    WATCH_NOTE("watch_action.note", 500),
    /** A bill's id in a case file: not stored, but bounded like a name. */
    CASE_BILL_ID(null, 64);

    private final String column;
    private final int length;

    TextLimit(String column, int length) {
        this.column = column;
        this.length = length;
    }

    /** {@code table.column} in the store, or null for a field that is not stored. */
    public String column() {
        return column;
    }

    public int length() {
        return length;
    }
}
