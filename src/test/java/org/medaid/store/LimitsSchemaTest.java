package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medaid.model.TextLimit;
import org.medaid.model.Category;
import org.medaid.bills.TestDesk;
import java.time.LocalDate;

/** The schema and the one table of limits (ADR 0029) say the same. */
class LimitsSchemaTest {

    @TempDir
    Path dir;

    @Test
    void everyTextLimitIsTheLengthOfItsColumn() {
        try (Database db = Database.open(dir)) {
            Map<String, Integer> mismatched = new LinkedHashMap<>();
            for (TextLimit limit : TextLimit.values()) {
                if (limit.column() == null) {
                    continue;
                }
                String[] tc = limit.column().split("\\.");
                int length = db.read(c -> {
                    try (var ps = c.prepareStatement("SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS "
                            + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
                        ps.setString(1, tc[0].toUpperCase());
                        ps.setString(2, tc[1].toUpperCase());
                        try (var rs = ps.executeQuery()) {
                            return rs.next() ? rs.getInt(1) : -1;
                        }
                    }
                });
                if (length != limit.length()) {
                    mismatched.put(limit.column(), length);
                }
            }
            assertEquals(Map.of(), mismatched, "column lengths in the schema (-1: no such column) differ from TextLimit");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an amount above 99,999,999.99   | UPDATE bill SET total = 100000000.00
            a date after 2099               | UPDATE bill SET discharged = DATE '2100-01-01'
            a birth date before 1900        | UPDATE person SET birth_date = DATE '1899-12-31'
            an enrolment year after 2099    | UPDATE person SET enrolment_year = 2147483647
            a category starting before 1900 | UPDATE person_category SET from_date = DATE '1899-12-31'
            """)
    void theStoreRefusesValuesBeyondTheLimits(String what, String sql) {
        try (TestDesk desk = new TestDesk(dir)) {
            PersonRecord p = desk.person("陈八", TestDesk.SHAOYANG, "石门村", Category.MARGINAL);
            desk.bills.add(TestDesk.stay(p.id(), LocalDate.of(2024, 11, 20), "30000.00", "2000.00", "15000.00", "0.00"), desk.as("clerk"));
            int same = desk.db.inTransaction(c -> c.createStatement().executeUpdate(sql.replaceAll("= .*", "= " + column(sql))));
            assertEquals(1, same, "the same statement with the value the row holds passes");
            StoreException e = assertThrows(StoreException.class,
                    () -> desk.db.inTransaction(c -> c.createStatement().executeUpdate(sql)), what);
            assertTrue(e.getMessage().toUpperCase().contains("LIMITS"), e.getMessage());
        }
    }

    private static String column(String sql) {
        return sql.replaceAll(".* SET (\\w+) = .*", "$1");
    }
}
