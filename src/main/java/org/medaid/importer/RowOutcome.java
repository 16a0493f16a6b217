package org.medaid.importer;

/** What importing a row does: adds a person or category, changes stored data, nothing, or is refused. */
public enum RowOutcome {
    ADD, CHANGE, UNCHANGED, REJECT;

    public String label() {
        return ImportMessages.format("RowOutcome." + name());
    }
}
