package org.medaid.importer;

/** What a committed import did; {@code exited} (among {@code changed}) and {@code ended} (full list) end categories. */
public record ImportResult(long added, long changed, long unchanged, long rejected, long exited, long ended) {

    public ImportResult(long added, long changed, long unchanged, long rejected) {
        this(added, changed, unchanged, rejected, 0, 0);
    }
}
