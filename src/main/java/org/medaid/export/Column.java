package org.medaid.export;

import java.util.Objects;

/** One column of an exported table: its header, how its cells are typed, and its width in characters. */
public record Column(String header, ColumnType type, int width) {

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
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
}
