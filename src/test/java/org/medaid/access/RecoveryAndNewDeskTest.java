package org.medaid.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.backup.BackupException;
import org.medaid.backup.BackupProblem;
import org.medaid.backup.BackupService;
import org.medaid.security.Keyring;
import org.medaid.security.KeyringWriter;
import org.medaid.session.Role;
import org.medaid.session.TestSessions;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;
import org.medaid.users.AuthService;
import org.medaid.users.UserException;
import org.medaid.users.UserProblem;

/**
 * The two ways in without a remembered password (ADR 0045): the recovery code sets a forgotten
 * administrator's password (audited, the code replaced at the login that follows), and a backup restores on a
 * new PC with a user's password or the recovery code, verified before anything is written.
 */
class RecoveryAndNewDeskTest {

    private static final char[] ADMIN = "lanshan-admin-7".toCharArray();
    private static final char[] NEW = "qingshan-river-42".toCharArray();

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemDefaultZone();

    /** A store with an administrator, a clerk and one person; returns the confirmed recovery code. */
    private String desk(Path folder) {
        StoreAccess access = new StoreAccess(folder, clock);
        try (Database db = access.createNew()) {
            AuthService auth = new AuthService(db, clock);
            auth.createFirstAdministrator("admin", "管理员", ADMIN.clone());
            var admin = auth.login("admin", ADMIN.clone()).orElseThrow();
            auth.createUser(admin, "clerk", "经办员", java.util.Set.of(Role.CLERK), "clerk-pass-9a".toCharArray());
            new JdbcPersonStore(db).enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"), List.of(),
                    TestSessions.as(db, "clerk"));
            KeyringWriter ring = new KeyringWriter(folder);
            String code = ring.newRecoveryCode(db.key().orElseThrow());
            ring.confirmRecoveryCode(db.key().orElseThrow());
            return code;
        }
    }

    @Test
    void theRecoveryCodeSetsTheAdministratorsPasswordAndTheCodeIsReplacedAfter() {
        String code = desk(dir);
        StoreAccess access = new StoreAccess(dir, clock);
        assertInstanceOf(LoginResult.Refused.class, access.recoverAdministrator("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", "admin", NEW.clone()));
        UserException common = assertThrows(UserException.class, () -> access.recoverAdministrator(code, "admin", "password".toCharArray()));
        assertEquals(UserProblem.PASSWORD_TOO_SHORT, common.problem());
        UserException clerk = assertThrows(UserException.class, () -> access.recoverAdministrator(code, "clerk", NEW.clone()));
        assertEquals(UserProblem.NOT_ADMINISTRATOR, clerk.problem());
        assertTrue(Keyring.read(dir).orElseThrow().recoveryConfirmed(), "nothing changed by the refusals");

        LoginResult r = access.recoverAdministrator(code, "Admin", NEW.clone());
        LoginResult.LoggedIn in = assertInstanceOf(LoginResult.LoggedIn.class, r);
        assertEquals("admin", in.user().login());
        assertTrue(in.needsRecoveryCode(), "the login that follows shows a new code to print");
        assertFalse(Keyring.read(dir).orElseThrow().recoveryConfirmed());
        Database db = in.database();
        assertEquals(List.of("(recovery) " + AuthService.RECOVERED), audit(db, "RECOVERY%"));
        db.close();

        StoreAccess again = new StoreAccess(dir, clock);
        assertInstanceOf(LoginResult.Refused.class, again.login("admin", ADMIN.clone()), "the forgotten password is gone");
        LoginResult.LoggedIn next = assertInstanceOf(LoginResult.LoggedIn.class, again.login("admin", NEW.clone()));
        next.database().close();
    }

    @Test
    void theServiceAloneWillNotResetWithoutTheCode() {
        desk(dir);
        StoreAccess access = new StoreAccess(dir, clock);
        LoginResult.LoggedIn in = assertInstanceOf(LoginResult.LoggedIn.class, access.login("clerk", "clerk-pass-9a".toCharArray()));
        try (Database db = in.database()) {
            UserException e = assertThrows(UserException.class,
                    () -> new AuthService(db, clock).resetByRecoveryCode("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", "admin", NEW.clone()));
            assertEquals(UserProblem.WRONG_PASSWORD, e.problem());
            assertEquals(List.of(), audit(db, "RECOVERY%"));
        }
    }

    @Test
    void aBackupRestoresOnANewPcWithAPasswordOrTheCodeAndNothingIsWrittenBeforeItVerifies() throws Exception {
        Path old = dir.resolve("old");
        String code = desk(old);
        Path zip;
        StoreAccess oldAccess = new StoreAccess(old, clock);
        LoginResult.LoggedIn in = assertInstanceOf(LoginResult.LoggedIn.class, oldAccess.login("admin", ADMIN.clone()));
        try (Database db = in.database()) {
            zip = new BackupService(clock, "test").backup(db, dir.resolve("usb"), "medaid").file();
        }

        Path pc2 = dir.resolve("pc2");
        StoreAccess fresh = new StoreAccess(pc2, clock);
        BackupException wrong = assertThrows(BackupException.class,
                () -> fresh.restoreFromBackup(zip, "admin", "not-the-password-1".toCharArray(), "test"));
        assertEquals(BackupProblem.WRONG_SECRET, wrong.problem());
        assertEquals(List.of(), files(pc2), "nothing written before the backup verified");
        Path notes = Files.writeString(dir.resolve("notes.zip"), "not a backup");
        assertThrows(BackupException.class, () -> fresh.restoreFromBackup(notes, null, code.toCharArray(), "test"));
        assertEquals(List.of(), files(pc2));
        assertEquals(StoreAccess.State.FIRST_RUN, fresh.state());

        assertEquals(1, fresh.restoreFromBackup(zip, null, code.toCharArray(), "test").manifest().tables().get("PERSON").rows());
        assertEquals(StoreAccess.State.ENCRYPTED, fresh.state());
        LoginResult.LoggedIn there = assertInstanceOf(LoginResult.LoggedIn.class, fresh.login("clerk", "clerk-pass-9a".toCharArray()));
        there.database().close();
        assertThrows(IllegalStateException.class, () -> fresh.restoreFromBackup(zip, null, code.toCharArray(), "test"),
                "a folder with a store is never overwritten this way");

        Path pc3 = dir.resolve("pc3");
        StoreAccess third = new StoreAccess(pc3, clock);
        third.restoreFromBackup(zip, "admin", ADMIN.clone(), "test");
        assertInstanceOf(LoginResult.LoggedIn.class, third.login("admin", ADMIN.clone())).database().close();
    }

    private static List<Path> files(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    private static List<String> audit(Database db, String like) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT user_name || ' ' || action FROM audit WHERE action LIKE ? ORDER BY id")) {
                ps.setString(1, like);
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> out = new java.util.ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                }
            }
        });
    }
}
