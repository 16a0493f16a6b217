package org.medaid.desk.imports;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.medaid.importer.Field;

/** A line of the column-mapping step: a field of the list and the column of the file it comes from (-1: none). */
public final class MappingRow {

    private final Field field;
    private final IntegerProperty column = new SimpleIntegerProperty(-1);

    MappingRow(Field field, int column) {
        this.field = field;
        this.column.set(column);
    }

    public Field field() {
        return field;
    }

    public IntegerProperty columnProperty() {
        return column;
    }
}
