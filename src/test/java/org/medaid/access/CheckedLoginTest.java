package org.medaid.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.backup.BackupService;
import org.medaid.backup.RestoreService;
import org.medaid.recovery.DamagedStoreException;
import org.medaid.recovery.StoreOpening;
import org.medaid.security.StoreKey;
import org.medaid.store.AuditChainBrokenException;
import org.medaid.store.AuditCheck;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;
import org.medaid.store.StoreEncryption;
import org.medaid.store.StoreTampering;
import org.medaid.users.AuthService;

/**
 * Every login's open of the encrypted store passes the store check (ADR 0030, 0033, 0035), on real encrypted
 * H2 files: a damaged file is refused untouched, kept aside, and the newest backup (verified with the store's
 * key) is offered and restores; a changed audit row is named and refuses the store.
 */
class CheckedLoginTest {

    @TempDir
    Path dir;
    Path backups;
    StoreKey key;
    final Clock clock = Clock.systemDefaultZone();
    static final char[] ADMIN = "lanshan-admin-7".toCharArray();

    @BeforeEach
    void encryptedStoreWithABackup() {
        backups = dir.resolve("backups");
        StoreAccess first = access();
        try (Database db = first.createNew()) {
            AuthService auth = new AuthService(db, clock);
            auth.createFirstAdministrator("admin", "管理员", ADMIN.clone());
            var admin = auth.login("admin", ADMIN.clone()).orElseThrow();
            JdbcPersonStore people = new JdbcPersonStore(db);
            for (int i = 1; i <= 20; i++) {
                people.enrol(People.person("陈" + i, People.id("430524", 1960, i), "石门村"), List.of(), admin);
            }
            new BackupService(clock, "test").backup(db, backups, "medaid");
            key = db.key().orElseThrow();
        }
        assertTrue(StoreEncryption.isEncrypted(dir));
    }

    private StoreAccess access() {
        return new StoreAccess(dir, clock, new StoreOpening(backups, List.of(AuditChainBrokenException.verifier()), clock));
    }

    private Path file() {
        return dir.resolve("medaid.mv.db");
    }

    @Test
    void aSoundEncryptedStorePassesTheCheckAtLogin() {
        LoginResult.LoggedIn in = assertInstanceOf(LoginResult.LoggedIn.class, access().login("admin", ADMIN.clone()));
        try (Database db = in.database()) {
            assertEquals(Integer.valueOf(20), db.<Integer>read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM person")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }));
        }
    }

    @Test
    void aDamagedEncryptedStoreIsRefusedAtLoginAndTheBackupRestoresIt() throws IOException {
        byte[] bytes = Files.readAllBytes(file());
        Random random = new Random(8);
        for (int i = 8192; i < bytes.length; i += 512) {
            bytes[i + random.nextInt(256)] ^= (byte) (1 + random.nextInt(255));
        }
        Files.write(file(), bytes);

        DamagedStoreException e = assertThrows(DamagedStoreException.class, () -> access().login("admin", ADMIN.clone()));
        assertArrayEquals(bytes, Files.readAllBytes(file()), "the damaged file is left exactly as it was");
        assertNotNull(e.keptAside());
        assertArrayEquals(bytes, Files.readAllBytes(e.keptAside()), "the copy for support is the file as found");
        assertTrue(e.brokenAudit().isEmpty(), "damage, not the audit chain: " + e.getMessage());
        DamagedStoreException.Backup backup = e.newestBackup().orElseThrow(
                () -> new AssertionError("the encrypted backup verifies with the store's key: " + e.getMessage()));
        assertTrue(backup.file().startsWith(backups));

        e.restoreNewest();
        assertTrue(RestoreService.applyPending(dir));
        LoginResult.LoggedIn in = assertInstanceOf(LoginResult.LoggedIn.class, access().login("admin", ADMIN.clone()));
        in.database().close();
    }

    @Test
    void aChangedAuditRowIsNamedAndTheStoreIsNotOpened() throws Exception {
        StoreTampering.changeAuditRow(dir, key, 3, "someone");

        DamagedStoreException e = assertThrows(DamagedStoreException.class, () -> access().login("admin", ADMIN.clone()));
        AuditCheck check = e.brokenAudit().orElseThrow(() -> new AssertionError(e.getMessage()));
        assertEquals(3, check.firstBroken());
        assertEquals(AuditCheck.Fault.CONTENT, check.fault());
        assertEquals("审计记录第 3 号的内容已被改动（此前 2 条完整）", check.sentence(Locale.SIMPLIFIED_CHINESE));
        assertTrue(e.newestBackup().isPresent(), "the backup made before the change is offered");
    }
}
