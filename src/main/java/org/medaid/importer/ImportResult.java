package org.medaid.importer;

/** What a committed import did. */
public record ImportResult(long added, long changed, long unchanged, long rejected) {
}
