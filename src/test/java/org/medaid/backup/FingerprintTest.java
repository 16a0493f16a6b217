package org.medaid.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        }
    }
}
