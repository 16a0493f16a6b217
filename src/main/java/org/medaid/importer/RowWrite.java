package org.medaid.importer;

import org.medaid.store.CategoryRecord;
import org.medaid.store.PersonRecord;

/**
 * What one row of a list writes, as its classification found it (ADR 0076): a person to add ({@code personBefore}
 * null) or change, and a category to add ({@code categoryBefore} null) or change; either may be absent. Ids below
 * zero are people added by an earlier row of the same run, stored when the commit writes them. {@code name} is the
 * person's, kept beside a category for the roster.
 */
record RowWrite(String name, PersonRecord personBefore, PersonRecord person, CategoryRecord categoryBefore,
        CategoryRecord category) {
}
