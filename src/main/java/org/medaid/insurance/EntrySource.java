package org.medaid.insurance;

/** Where a ledger row came from: typed at the desk or read from a department's list. */
public enum EntrySource {
    HAND,
    LIST
}
