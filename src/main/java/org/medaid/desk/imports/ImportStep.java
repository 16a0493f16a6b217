package org.medaid.desk.imports;

/** The steps of the import wizard, in order. */
public enum ImportStep {
    FILE, MAPPING, PREVIEW, DONE
}
