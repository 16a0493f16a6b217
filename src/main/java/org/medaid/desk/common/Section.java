package org.medaid.desk.common;

/** The entries of the left navigation, in order; Ctrl+1..5 select them. */
public enum Section {
    PEOPLE("nav.people", null),
    BILLS("nav.bills", null),
    APPROVALS("nav.approvals", null),
    REPORTS("nav.reports", null),
    SETTINGS("nav.settings", null);

    private final String textKey;
    private final String laterKey;

    Section(String textKey, String laterKey) {
        this.textKey = textKey;
        this.laterKey = laterKey;
    }

    public String textKey() {
        return textKey;
    }

    /** Why the entry is disabled (a later issue brings it); null for a working section. */
    public String laterKey() {
        return laterKey;
    }

    public boolean available() {
        return laterKey == null;
    }

    /** 1-based shortcut digit. */
    public int shortcut() {
        return ordinal() + 1;
    }
}
