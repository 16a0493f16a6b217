package org.medaid.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.backup.BackupService;
import org.medaid.recovery.DamagedStoreException;
import org.medaid.recovery.StoreOpening;
import org.medaid.security.StoreKey;
import org.medaid.store.AuditChainBrokenException;
import org.medaid.store.AuditCheck;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;
import org.medaid.store.StoreClosedWhileCheckingException;
import org.medaid.store.StoreTampering;
import org.medaid.users.AuthService;

/**
 * The desk's login shows the store before its full check ended (ADR 0090), on real encrypted H2 files: the store is
 * read from its read-only open, nothing is written into the file until the check passed, a transaction waits for the
 * check (and starts it) and is durable after it, a store that fails the check refuses every write and is kept aside
 * exactly as found, and a store closed while checking is left as it was.
 */
class CheckAfterFirstPageTest {

    @TempDir
    Path dir;
    Path backups;
    StoreKey key;
    final Clock clock = Clock.systemDefaultZone();
    static final char[] ADMIN = "lanshan-admin-7".toCharArray();

    @BeforeEach
    void encryptedStoreWithABackup() {
        backups = dir.resolve("backups");
        try (Database db = access().createNew()) {
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
    }

    private StoreAccess access() {
        return new StoreAccess(dir, clock, new StoreOpening(backups, List.of(AuditChainBrokenException.verifier()), clock))
                .checkingAfterTheFirstPage();
    }

    private Path file() {
        return dir.resolve("medaid.mv.db");
    }

    private static int count(Database db, String sql) {
        return db.read(c -> {
            try (var rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static final String LOGINS = "SELECT COUNT(*) FROM audit WHERE action = 'LOGIN'";

    @Test
    void theStoreIsReadAtOnceAndNothingIsWrittenUntilItsCheckPassed() throws Exception {
        byte[] before = Files.readAllBytes(file());
        StoreAccess access = access();
        LoginResult.LoggedIn in = assertInstanceOf(LoginResult.LoggedIn.class, access.login("admin", ADMIN.clone()));
        Database db = in.database();
        try {
            assertTrue(db.isChecking(), "the login returns before the full check");
            assertEquals(20, count(db, "SELECT COUNT(*) FROM person"), "read from the read-only open");
            int logins = count(db, LOGINS);
            assertArrayEquals(before, Files.readAllBytes(file()), "the login and the reads wrote nothing into the file");

            List<int[]> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
            access.onCheckProgress((done, all) -> progress.add(new int[] {done, all}));
            access.startCheck();
            db.whenOpenForWork().get();
            assertFalse(db.isChecking());
            assertFalse(progress.isEmpty(), "the check told its progress");
            int[] last = progress.get(progress.size() - 1);
            assertEquals(last[1], last[0], "every part of the check passed: " + last[0] + " of " + last[1]);

            // the login's queued audit row is written with the hand-over, before any waiting transaction
            assertEquals(logins + 1, count(db, LOGINS));
            new AuthService(db, clock).createUser(in.session(), "clerk", "经办员",
                    java.util.Set.of(org.medaid.session.Role.CLERK), "lanshan-clerk-8".toCharArray());
        } finally {
            db.close();
        }
        try (Database reopened = Database.open(dir, key)) {
            assertEquals(1, count(reopened, "SELECT COUNT(*) FROM app_user WHERE login_name = 'clerk'"), "the write is durable");
        }
    }

    @Test
    void aTransactionWhileCheckingStartsTheCheckAndRunsOnlyAfterItPassed() throws Exception {
        StoreAccess access = access();
        LoginResult.LoggedIn in = assertInstanceOf(LoginResult.LoggedIn.class, access.login("admin", ADMIN.clone()));
        Database db = in.database();
        try {
            assertTrue(db.isChecking());
            boolean[] checkingInside = new boolean[1];
            CompletableFuture<Integer> write = CompletableFuture.supplyAsync(() -> db.inTransaction(c -> {
                checkingInside[0] = db.isChecking();
                try (var s = c.createStatement()) {
                    return s.executeUpdate("UPDATE person SET village = '石门村二组' WHERE id = (SELECT MIN(id) FROM person)");
                }
            }));
            assertEquals(1, write.get(), "nobody called startCheck: the waiting transaction started it");
            assertFalse(checkingInside[0], "the transaction ran once the store was open for work");
            assertFalse(db.isChecking());
        } finally {
            db.close();
        }
    }

    @Test
    void aWriteInsideAReadWhileCheckingIsRefusedRatherThanWaitingForEver() throws Exception {
        byte[] before = Files.readAllBytes(file());
        StoreAccess access = access();
        Database db = assertInstanceOf(LoginResult.LoggedIn.class, access.login("admin", ADMIN.clone())).database();
        try {
            org.medaid.store.StoreException refused = assertThrows(org.medaid.store.StoreException.class,
                    () -> db.read(outer -> db.inTransaction(c -> c.createStatement().executeUpdate("UPDATE person SET village = 'x'"))));
            assertTrue(refused.getMessage().contains("inside a read"), refused.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file()));
            access.startCheck();
            db.whenOpenForWork().get();
            assertEquals(0, count(db, "SELECT COUNT(*) FROM person WHERE village = 'x'"), "nothing of the refused write is in");
        } finally {
            db.close();
        }
    }

    @Test
    void aStoreThatFailsTheCheckAfterTheLoginRefusesEveryWriteAndIsKeptAsFound() throws Exception {
        StoreTampering.changeAuditRow(dir, key, 3, "someone");
        byte[] tampered = Files.readAllBytes(file());
        StoreAccess access = access();
        // the quick part (H2 opens it, no migration, its tip marker) passes: the change is in an older audit row
        LoginResult.LoggedIn in = assertInstanceOf(LoginResult.LoggedIn.class, access.login("admin", ADMIN.clone()));
        Database db = in.database();
        assertEquals(20, count(db, "SELECT COUNT(*) FROM person"));

        DamagedStoreException refused = assertThrows(DamagedStoreException.class,
                () -> db.inTransaction(c -> c.createStatement().executeUpdate("UPDATE person SET village = 'x'")));
        AuditCheck check = refused.brokenAudit().orElseThrow(() -> new AssertionError(refused.getMessage()));
        assertEquals(3, check.firstBroken());
        ExecutionException told = assertThrows(ExecutionException.class, () -> db.whenOpenForWork().get());
        assertInstanceOf(DamagedStoreException.class, told.getCause());
        assertThrows(DamagedStoreException.class, () -> db.inTransaction(c -> 1), "a later write is refused the same way");

        assertArrayEquals(tampered, Files.readAllBytes(file()), "nothing was written into the refused file");
        assertArrayEquals(tampered, Files.readAllBytes(refused.keptAside()), "the copy for support is the file as found");
        assertTrue(refused.newestBackup().isPresent(), "the backup made before the change is offered");
        assertTrue(db.isClosed());
    }

    @Test
    void aStoreClosedWhileCheckingIsLeftAsItWasAndNothingIsConcluded() throws Exception {
        byte[] before = Files.readAllBytes(file());
        StoreAccess access = access();
        LoginResult.LoggedIn in = assertInstanceOf(LoginResult.LoggedIn.class, access.login("admin", ADMIN.clone()));
        Database db = in.database();
        db.close();
        ExecutionException told = assertThrows(ExecutionException.class, () -> db.whenOpenForWork().get());
        assertInstanceOf(StoreClosedWhileCheckingException.class, told.getCause());
        assertThrows(StoreClosedWhileCheckingException.class, () -> db.inTransaction(c -> 1));
        access.startCheck();
        assertArrayEquals(before, Files.readAllBytes(file()), "the file is as the last session left it");
        assertFalse(Files.exists(dir.resolve("damaged")), "nothing was taken for damage");
        // the next login checks it again and opens it
        StoreAccess next = access();
        Database again = assertInstanceOf(LoginResult.LoggedIn.class, next.login("admin", ADMIN.clone())).database();
        try {
            next.startCheck();
            again.whenOpenForWork().get();
            assertEquals(20, count(again, "SELECT COUNT(*) FROM person"));
        } finally {
            again.close();
        }
    }

    @Test
    void aStoreCutShortOrReplacedIsRefusedAtTheLoginItself() throws Exception {
        byte[] older = Files.readAllBytes(file());
        StoreAccess access = access();
        Database db = assertInstanceOf(LoginResult.LoggedIn.class, access.login("admin", ADMIN.clone())).database();
        access.startCheck();
        db.whenOpenForWork().get();
        new JdbcPersonStore(db).enrol(People.person("新登记", People.id("430524", 1970, 1), "石门村"), List.of(),
                new AuthService(db, clock).login("admin", ADMIN.clone()).orElseThrow());
        db.close();
        Files.write(file(), older);

        DamagedStoreException e = assertThrows(DamagedStoreException.class, () -> access().login("admin", ADMIN.clone()));
        assertTrue(e.getMessage().contains("older than the desk left it"), e.getMessage());
        assertArrayEquals(older, Files.readAllBytes(file()), "the refused file is left as it was");
    }
}
