package org.medaid.importer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.medaid.identity.Department;

/**
 * What the clerk says of a file before the preview: full or change list, the department that sent it, the month it
 * is for, the list's date (the day its state holds: by default the month's last day, when MAMS updates the lists,
 * 临医保发〔2022〕13号 六) and the file's name for the import log.
 */
public record ListInfo(ListKind kind, Department department, YearMonth month, LocalDate listDate, String fileName) {

    public ListInfo {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(month, "month");
        listDate = listDate == null ? month.atEndOfMonth() : listDate;
        fileName = fileName == null || fileName.isBlank() ? "—" : fileName.strip();
    }

    public static ListInfo of(ListKind kind, Department department, YearMonth month, String fileName) {
        return new ListInfo(kind, department, month, null, fileName);
    }
}
