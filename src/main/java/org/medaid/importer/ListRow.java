package org.medaid.importer;

import java.time.LocalDate;
import org.medaid.identity.Department;
import org.medaid.model.Category;

/**
 * One row of a list once read and checked: a person (by ID number) holding one category; {@code region}: the list's
 * 户籍地区划代码 (null when the list has no such column or the cell is empty); {@code exit}: a change list's 退出 row.
 */
public record ListRow(
        String name,
        String idNumber,
        Category category,
        LocalDate from,
        LocalDate to,
        Department department,
        String documentNo,
        String township,
        String village,
        String headName,
        String headIdNumber,
        String relation,
        String phone,
        String bankAccount,
        String region,
        boolean exit) {

    /** The key that makes two rows the same entry: person, category and start date. */
    String key() {
        return idNumber + "|" + category + "|" + from;
    }
}
