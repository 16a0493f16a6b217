package org.medaid.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A list or report as a table, for XLSX (org.medaid.export) and PDF (org.medaid.print): a title, the filter that produced it (one line per condition, e.g.
 * 年度 2025、乡镇 全部), the typed columns, the rows and an optional totals row. A cell is a
 * {@link String}, a {@link BigDecimal}, a {@link LocalDate}, a {@link Number} or null (empty), and must
 * fit its column's type; a mismatch is a programming error, refused when the row is added.
 */
public final class DataTable {

    private final String title;
    private final List<String> filter;
    private final List<Column> columns;
    private final List<List<Object>> rows = new ArrayList<>();
    private List<Object> totals;
    private List<String> source = List.of();

    public DataTable(String title, List<String> filter, List<Column> columns) {
        this.title = Objects.requireNonNull(title, "title");
        this.filter = List.copyOf(filter);
        this.columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs a column");
        }
    }

    public DataTable row(Object... cells) {
        rows.add(checked(cells));
        return this;
    }

    /** The totals row written under the rows (its first text cell usually 合计). */
    public DataTable totals(Object... cells) {
        totals = checked(cells);
        return this;
    }

    private List<Object> checked(Object[] cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns in " + title);
        }
        List<Object> out = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            ColumnType t = columns.get(i).type();
            boolean fits = v == null || v instanceof String
                    || switch (t) {
                        case TEXT, CODE -> false;
                        case MONEY, SHARE -> v instanceof BigDecimal;
                        case DATE -> v instanceof LocalDate;
                        case COUNT -> v instanceof Integer || v instanceof Long;
                    };
            if (!fits) {
                throw new IllegalArgumentException("column " + columns.get(i).header() + " (" + t + ") cannot hold "
                        + v.getClass().getSimpleName());
            }
            out.add(v);
        }
        return out;
    }

    /** Where and when the table was made (office, export time): written in the file, the PDF has its own header. */
    public DataTable source(String... lines) {
        source = List.of(lines);
        return this;
    }

    public List<String> source() {
        return source;
    }

    public String title() {
        return title;
    }

    public List<String> filter() {
        return filter;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return List.copyOf(rows);
    }

    /** Null when the table has no totals row. */
    public List<Object> totals() {
        return totals;
    }
}
