package org.medaid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.access.LoginResult;
import org.medaid.access.StoreAccess;
import org.medaid.identity.IdNumbers;
import org.medaid.security.StoreKey;
import org.medaid.store.AuditChainBrokenException;
import org.medaid.store.Database;
import org.medaid.store.StoreCheck;
import org.medaid.store.StoreException;
import org.medaid.store.Tx;
import org.medaid.users.AuthService;

/**
 * The benchmark's fast fill (ADR 0087) leaves an ordinary store of the desk: the desk's login opens it (through the
 * full check), the people are there, the unique index on the living ID numbers refuses a second person with the same
 * number again, and a new person gets an identity value after the filled ones.
 */
class StoreFastFillTest {

    private static final String PASSWORD = "Fast-fill-2026";

    @TempDir
    Path dir;

    @Test
    void theFilledStoreOpensWithTheDesksLoginAndPassesTheFullCheck() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        Path data = dir.resolve("data");
        Database created = new StoreAccess(data, clock).createNew();
        StoreKey key = created.key().orElseThrow();
        new AuthService(created, clock).createFirstAdministrator("bench", "基准测试", PASSWORD.toCharArray());
        created.close();

        StoreFastFill.Report report = StoreFastFill.fill(data, key, 3_000, 7);
        Database.open(data, key).closeAndCompact();

        // ten secondary indexes of person and person_category built again; the foreign keys' two kept
        assertEquals(10, report.indexes());
        LoginResult login = new StoreAccess(data, clock).login("bench", PASSWORD.toCharArray());
        Database db = assertInstanceOf(LoginResult.LoggedIn.class, login, "the desk's login on the filled store").database();
        try {
            assertEquals(3_000, StoreBenchFill.count(db));
            assertTrue(rows(db, "SELECT COUNT(*) FROM person_category") > 200, "about one person in eight has a category");
            String taken = db.read(c -> one(c, "SELECT id_number FROM person WHERE id = 1"));
            StoreException duplicate = assertThrows(StoreException.class, () -> db.inTransaction(c -> insert(c, taken)));
            assertTrue(String.valueOf(duplicate.getCause()).contains("PERSON_LIVE_ID_NUMBER"), String.valueOf(duplicate.getCause()));
            String fresh = IdNumbers.compose("430524", LocalDate.of(2021, 6, 1), 11);
            long id = db.inTransaction(c -> insert(c, fresh));
            // the identity goes on after the filled rows (the refused insert above took a value too)
            assertTrue(id > 3_000, "new person's id " + id);
            // the roster's index by sort key holds the new person's row too
            assertEquals(id, rows(db, "SELECT MAX(id) FROM person WHERE sort_key = 'zs 张三'"));
            // a verified backup, as the clerk's 立即备份 and the exit's: its catalogue check finds only what the
            // migrations make (a page cache set through the URL was once kept in the catalogue and refused)
            org.medaid.backup.BackupResult backup = new org.medaid.backup.BackupService(clock, "test")
                    .backup(db, dir.resolve("backups"), "fill");
            assertTrue(java.nio.file.Files.size(backup.file()) > 0);
        } finally {
            db.close();
        }
        try (Database readOnly = Database.openReadOnly(data, key)) {
            StoreCheck.verify(readOnly, List.of(AuditChainBrokenException.verifier()), 2);
        }
    }

    private static long insert(Tx c, String idNumber) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (version, name, id_number, birth_date, sex, region, "
                + "insurance, enrolment_year, voided, sort_key, id_reversed) VALUES (1, '张三', ?, ?, 'MALE', '430524', "
                + "'RESIDENT', 2024, FALSE, 'zs 张三', ?)", new String[] {"ID"})) {
            ps.setString(1, idNumber);
            ps.setObject(2, LocalDate.of(2021, 6, 1));
            ps.setString(3, new StringBuilder(idNumber).reverse().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long rows(Database db, String sql) {
        return db.read(c -> Long.parseLong(one(c, sql)));
    }

    private static String one(Tx c, String sql) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
