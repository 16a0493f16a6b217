package org.medaid.importer;

import java.util.List;

/** Every row of a list classified as ADD, CHANGE, UNCHANGED or REJECT, in file order. */
public record ImportPreview(Table table, ColumnMapping mapping, List<PreviewRow> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long count(RowOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** True when committing would write something. */
    public boolean hasWork() {
        return count(RowOutcome.ADD) + count(RowOutcome.CHANGE) > 0;
    }
}
