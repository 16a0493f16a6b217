package org.medaid.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.store.Database;

/**
 * A backup's manifest keeps the fingerprint of the store it was taken from, and a later desk compares a restored store
 * with it: the checksum of a table must stay what earlier versions computed, for every kind of value. The figures
 * below were computed by the fingerprint of main 6ed6d06 (2026-12-03) over the same rows.
 */
class FingerprintTest {

    @TempDir
    Path dir;

    @Test
    void aTablesChecksumIsTheOneEarlierVersionsComputed() {
        try (Database db = Database.open(dir)) {
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE fp_probe (id BIGINT PRIMARY KEY, name VARCHAR(40), note CLOB, born DATE, "
                            + "amount NUMERIC(12, 2), flag BOOLEAN, raw VARBINARY(8), at TIMESTAMP WITH TIME ZONE)");
                    s.execute("INSERT INTO fp_probe VALUES (1, '张秀英', '{\"village\":\"石门村\",\"n\":1}', DATE '1960-01-01', "
                            + "12345.60, TRUE, X'00ff10', TIMESTAMP WITH TIME ZONE '2026-12-03 08:30:00+08:00')");
                    s.execute("INSERT INTO fp_probe VALUES (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
                    s.execute("INSERT INTO fp_probe VALUES (3, 'Zhang', '" + "长".repeat(5000) + "', DATE '2024-02-29', "
                            + "0.00, FALSE, X'', TIMESTAMP WITH TIME ZONE '2024-02-29 23:59:59.5+00:00')");
                }
                return null;
            });
            TableSum sum = db.read(Fingerprint::of).tables().get("FP_PROBE");
            assertEquals(new TableSum(3, "8426c892e6788329"), sum);
            assertEquals(sum, Fingerprint.of(db).tables().get("FP_PROBE"), "two readers sum the same rows to the same checksum");
        }
    }

    @Test
    void twoReadersOverRangesOfTheIdGiveTheFingerprintOfOneReader() {
        try (Database db = Database.open(dir)) {
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE fp_rows (id BIGINT PRIMARY KEY, name VARCHAR(40), n INT)");
                    s.execute("INSERT INTO fp_rows SELECT X * 7, '张秀英' || X, MOD(X, 13) FROM SYSTEM_RANGE(1, 5000)");
                }
                return null;
            });
            int ranges = db.read(c -> org.medaid.store.TableRange.all(c, 100)).stream()
                    .filter(r -> r.table().equals("FP_ROWS")).toList().size();
            assertTrue(ranges > 2, "the table is read in ranges: " + ranges);
            Fingerprint one = db.read(Fingerprint::of);
            Fingerprint two = Fingerprint.of(db, 100);
            assertEquals(one, two);
            assertEquals(5000, two.tables().get("FP_ROWS").rows());
            db.inTransaction(c -> c.createStatement().executeUpdate("UPDATE fp_rows SET n = n + 1 WHERE id = 7 * 4321"));
            assertNotEquals(one.tables().get("FP_ROWS"), Fingerprint.of(db, 100).tables().get("FP_ROWS"),
                    "one changed value in one range changes the table's checksum");
        }
    }
}
