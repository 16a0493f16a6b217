package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store check read by two readers (ADR 0084): a large table cut into ranges of its id still has every row
 * read exactly once, tables without an id key stay whole, and a failure is still named.
 */
class StoreCheckTest {

    /** Ids far apart and at both signs: ranges of equal width must still hold each of them once. */
    private static final long[] ODD_IDS = {-7, 0, 1_000_000_000_000L, Long.MAX_VALUE / 4};

    @TempDir
    Path dir;

    @BeforeEach
    void table() {
        try (Database db = Database.open(dir)) {
            db.inTransaction(c -> {
                try (Statement s = c.connection().createStatement()) {
                    s.execute("CREATE TABLE check_rows (id BIGINT PRIMARY KEY, v VARCHAR(40))");
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO check_rows VALUES (?, ?)")) {
                    for (long id = 1; id <= 500; id++) {
                        add(ps, id);
                    }
                    for (long id : ODD_IDS) {
                        add(ps, id);
                    }
                    ps.executeBatch();
                }
                return null;
            });
        }
    }

    private static void add(PreparedStatement ps, long id) throws java.sql.SQLException {
        ps.setLong(1, id);
        ps.setString(2, "row " + id);
        ps.addBatch();
    }

    @Test
    void aLargeTableIsReadInRangesThatTogetherHoldEveryRowOnce() {
        try (Database db = Database.open(dir)) {
            db.read(c -> {
                List<TableRange> ranges = TableRange.all(c, 100);
                List<TableRange> ours = ranges.stream().filter(r -> r.table().equals("CHECK_ROWS")).toList();
                assertEquals(TableRange.RANGES, ours.size(), "504 rows above 100: split");
                long read = 0;
                for (TableRange r : ours) {
                    read += StoreCheck.rows(c, r);
                }
                assertEquals(504, read, "each row read once: " + ours);
                List<Long> ids = new ArrayList<>();
                for (long id = 1; id <= 500; id++) {
                    ids.add(id);
                }
                for (long id : ODD_IDS) {
                    ids.add(id);
                }
                for (long id : ids) {
                    long holding = ours.stream().filter(r -> (r.from() == null || id >= r.from()) && (r.below() == null || id < r.below())).count();
                    assertEquals(1, holding, "id " + id + " in exactly one range of " + ours);
                }
                assertTrue(ranges.stream().anyMatch(r -> r.table().equals("flyway_schema_history") && r.from() == null && r.below() == null),
                        "a table keyed otherwise is read whole: " + ranges);
                return null;
            });
        }
    }

    @Test
    void aSmallTableIsReadWhole() {
        try (Database db = Database.open(dir)) {
            List<TableRange> ranges = db.read(c -> TableRange.all(c, 100_000));
            assertEquals(List.of(new TableRange("CHECK_ROWS", null, null)),
                    ranges.stream().filter(r -> r.table().equals("CHECK_ROWS")).toList());
        }
    }

    @Test
    void twoReadersPassASoundStoreAndNameAFailingVerifier() {
        try (Database db = Database.open(dir)) {
            StoreCheck.verify(db, List.of(), 2, 100);
            StoreCheck.Verifier broken = new StoreCheck.Verifier() {
                @Override
                public String name() {
                    return "test verifier";
                }

                @Override
                public void verify(Tx c) {
                    throw new IllegalStateException("row 3 is wrong");
                }
            };
            StoreException e = assertThrows(StoreException.class, () -> StoreCheck.verify(db, List.of(broken), 2, 100));
            assertTrue(e.getMessage().contains("test verifier failed: row 3 is wrong"), e.getMessage());
        }
    }

    /** The steps two readers tell come one at a time and in order, up to all the parts (the login shows the last). */
    @Test
    void twoReadersTellTheirStepsInOrder() {
        try (Database db = Database.open(dir)) {
            for (int round = 0; round < 20; round++) {
                List<Integer> told = new ArrayList<>();
                int[] all = {0};
                int[] inside = {0};
                StoreCheck.verify(db, List.of(), 2, 10, (done, parts) -> {
                    synchronized (told) {
                        inside[0]++;
                        told.add(done);
                        all[0] = parts;
                    }
                    work();  // outside this test's lock: a step told meanwhile by the other reader would be seen
                    synchronized (told) {
                        assertEquals(1, inside[0], "two steps told at once");
                        inside[0]--;
                    }
                });
                for (int i = 0; i < told.size(); i++) {
                    assertEquals(i, (int) told.get(i), "round " + round + ", steps told " + told);
                }
                assertEquals(all[0], (int) told.get(told.size() - 1), "the last step is the whole check: " + told);
            }
        }
    }

    /** Some work for the processor (no waiting on the clock). */
    private static void work() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] data = new byte[256 * 1024];
            for (int i = 0; i < 4; i++) {
                data[0] = sha.digest(data)[0];
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
