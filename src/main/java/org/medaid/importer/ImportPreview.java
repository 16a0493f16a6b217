package org.medaid.importer;

import java.util.List;

/**
 * Every row of a list classified as ADD, CHANGE, UNCHANGED or REJECT, in file order; with what the clerk said of
 * the file ({@code info}, null for an import without it), for a full list the categories it ends, and what the
 * classification rests on for the commit ({@code basis}; null: the commit classifies again, ADR 0076).
 */
public record ImportPreview(Table table, ColumnMapping mapping, List<PreviewRow> rows, ListInfo info,
        List<ListEnding> endings, PreviewBasis basis) {

    public ImportPreview {
        rows = List.copyOf(rows);
        endings = endings == null ? List.of() : List.copyOf(endings);
    }

    public ImportPreview(Table table, ColumnMapping mapping, List<PreviewRow> rows) {
        this(table, mapping, rows, null, List.of(), null);
    }

    public ImportPreview(Table table, ColumnMapping mapping, List<PreviewRow> rows, ListInfo info, List<ListEnding> endings) {
        this(table, mapping, rows, info, endings, null);
    }

    public long count(RowOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Rows of a change list that end a category (退出). */
    public long exits() {
        return rows.stream().filter(r -> r.outcome() == RowOutcome.CHANGE && r.row() != null && r.row().exit()).count();
    }

    /** Rows not refused that carry a note the clerk should read (a region proposed or differing, ADR 0066). */
    public long noted() {
        return rows.stream().filter(r -> r.outcome() != RowOutcome.REJECT && !r.notes().isEmpty()).count();
    }

    /** True when committing would write something. */
    public boolean hasWork() {
        return count(RowOutcome.ADD) + count(RowOutcome.CHANGE) > 0 || !endings.isEmpty();
    }
}
