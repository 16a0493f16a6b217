package org.medaid.table;

import java.util.Objects;

/**
 * One column of a table: its header, how its cells are typed, its width in characters (relative on paper),
 * and whether the printed page shows it ({@code onPaper}; the XLSX file always does).
 */
public record Column(String header, ColumnType type, int width, boolean onPaper) {

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
    }

    public Column(String header, ColumnType type, int width) {
        this(header, type, width, true);
    }

    public static Column of(String header, ColumnType type) {
        return new Column(header, type, switch (type) {
            case CODE -> 22;
            case MONEY -> 14;
            case DATE -> 12;
            case COUNT, SHARE -> 10;
            case TEXT -> 16;
        });
    }

    /** The same column, {@code width} characters wide. */
    public Column wider(int width) {
        return new Column(header, type, width, onPaper);
    }

    /** The same column, in the file only: the printed page leaves it out for room. */
    public Column fileOnly() {
        return new Column(header, type, width, false);
    }
}
