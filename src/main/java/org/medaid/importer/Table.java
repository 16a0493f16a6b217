package org.medaid.importer;

import java.util.List;

/**
 * A list as read from its file, before mapping: the header cells and the data rows as text, each row
 * with its line (row) number in the file so that the preview can point the clerk to it.
 */
public record Table(String source, List<String> headers, List<Row> rows) {

    public record Row(int line, List<String> cells) {

        public String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column);
        }
    }

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
