package org.medaid.desk.common;

/** The entries of the left navigation, in order; Ctrl+1..5 select them. */
public enum Section {
    PEOPLE("nav.people"),
    BILLS("nav.bills"),
    APPROVALS("nav.approvals"),
    REPORTS("nav.reports"),
    SETTINGS("nav.settings");

    private final String textKey;

    Section(String textKey) {
        this.textKey = textKey;
    }

    public String textKey() {
        return textKey;
    }

    /** 1-based shortcut digit. */
    public int shortcut() {
        return ordinal() + 1;
    }
}
