package org.medaid.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text as Excel writes it (RFC 4180: quotes around cells with commas, quotes or line breaks,
 * a doubled quote inside). A header line with tabs and no commas makes the file tab-separated.
 * Blank lines are skipped; cells are trimmed.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static Table read(String source, String text) {
        int firstBreak = text.indexOf('\n');
        String headerLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char sep = headerLine.indexOf('\t') >= 0 && headerLine.indexOf(',') < 0 ? '\t' : ',';
        List<Table.Row> lines = parse(text, sep);
        if (lines.isEmpty()) {
            return new Table(source, List.of(), List.of());
        }
        return new Table(source, lines.get(0).cells(), lines.subList(1, lines.size()));
    }

    private static List<Table.Row> parse(String text, char sep) {
        List<Table.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (ch == sep) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString().strip());
                cell.setLength(0);
                addRow(rows, cells, rowStart);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString().strip());
            addRow(rows, cells, rowStart);
        }
        return rows;
    }

    private static void addRow(List<Table.Row> rows, List<String> cells, int line) {
        if (cells.stream().anyMatch(c -> !c.isEmpty())) {
            rows.add(new Table.Row(line, List.copyOf(cells)));
        }
    }
}
