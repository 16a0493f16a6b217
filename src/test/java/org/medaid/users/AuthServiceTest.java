package org.medaid.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.store.AuditEntry;
import org.medaid.store.Database;
import org.medaid.store.JdbcAuditLog;
import org.medaid.store.StaleRecordException;

class AuthServiceTest {

    @TempDir
    Path dir;
    Database db;
    AuthService auth;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        auth = new AuthService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private User admin() {
        return auth.createFirstAdministrator("admin", "王主任", "s3cret-pass".toCharArray());
    }

    @Test
    void firstAdministratorCanOnlyBeCreatedWhileThereAreNoUsers() {
        assertFalse(auth.hasUsers());
        User admin = admin();
        assertEquals(Role.ADMINISTRATOR, admin.role());
        assertTrue(auth.hasUsers());
        UserException e = assertThrows(UserException.class,
                () -> auth.createFirstAdministrator("second", "李四", "another-pass".toCharArray()));
        assertEquals(UserProblem.USERS_EXIST, e.problem());
        assertEquals(1, auth.users().size());
    }

    @Test
    void passwordsAreStoredAsSaltedPbkdf2Hashes() {
        User admin = admin();
        auth.createUser(admin, "clerk1", "张三", Role.CLERK, "s3cret-pass".toCharArray());
        List<String[]> rows = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT password_hash, password_salt, password_iterations FROM app_user ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                List<String[]> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
                return out;
            }
        });
        assertEquals(2, rows.size());
        for (String[] r : rows) {
            assertFalse(r[0].contains("s3cret"));
            assertTrue(Integer.parseInt(r[2]) >= 120_000);
        }
        assertNotEquals(rows.get(0)[1], rows.get(1)[1], "each user has their own salt");
        assertNotEquals(rows.get(0)[0], rows.get(1)[0], "the same password hashes differently");
    }

    @Test
    void rightPasswordLogsIn() {
        User admin = admin();
        assertEquals(admin.id(), auth.authenticate("admin", "s3cret-pass".toCharArray()).orElseThrow().id());
    }

    @Test
    void loginNameIgnoresCaseAndSpaces() {
        admin();
        assertTrue(auth.authenticate(" Admin ", "s3cret-pass".toCharArray()).isPresent());
    }

    @Test
    void wrongPasswordIsRefused() {
        admin();
        assertTrue(auth.authenticate("admin", "s3cret-pasS".toCharArray()).isEmpty());
    }

    @Test
    void unknownLoginIsRefused() {
        admin();
        assertTrue(auth.authenticate("nobody", "s3cret-pass".toCharArray()).isEmpty());
    }

    @Test
    void deactivatedUserCannotLogInAndCanBeReactivated() {
        User admin = admin();
        User clerk = auth.createUser(admin, "clerk1", "张三", Role.CLERK, "clerk-pass-1".toCharArray());
        User off = auth.update(admin, new User(clerk.id(), clerk.version(), clerk.login(), clerk.displayName(), Role.CLERK, false));
        assertTrue(auth.authenticate("clerk1", "clerk-pass-1".toCharArray()).isEmpty());
        auth.update(admin, new User(off.id(), off.version(), off.login(), off.displayName(), Role.CLERK, true));
        assertTrue(auth.authenticate("clerk1", "clerk-pass-1".toCharArray()).isPresent());
    }

    @Test
    void clerkCannotCreateUsers() {
        User admin = admin();
        User clerk = auth.createUser(admin, "clerk1", "张三", Role.CLERK, "clerk-pass-1".toCharArray());
        UserException e = assertThrows(UserException.class,
                () -> auth.createUser(clerk, "clerk2", "李四", Role.CLERK, "clerk-pass-2".toCharArray()));
        assertEquals(UserProblem.NOT_ADMINISTRATOR, e.problem());
    }

    @Test
    void takenLoginNameIsRefused() {
        User admin = admin();
        UserException e = assertThrows(UserException.class,
                () -> auth.createUser(admin, "ADMIN", "重名", Role.CLERK, "clerk-pass-1".toCharArray()));
        assertEquals(UserProblem.LOGIN_TAKEN, e.problem());
    }

    @Test
    void shortPasswordIsRefusedWithAChineseMessage() {
        UserException e = assertThrows(UserException.class,
                () -> auth.createFirstAdministrator("admin", "王主任", "short".toCharArray()));
        assertEquals(UserProblem.PASSWORD_TOO_SHORT, e.problem());
        assertEquals("密码至少 10 位", e.message(Locale.SIMPLIFIED_CHINESE));
        assertFalse(auth.hasUsers(), "nothing was written");
    }

    @Test
    void changingOwnPasswordNeedsTheCurrentOne() {
        User admin = admin();
        UserException e = assertThrows(UserException.class,
                () -> auth.changePassword(admin, "not-the-one".toCharArray(), "new-password-1".toCharArray()));
        assertEquals(UserProblem.WRONG_PASSWORD, e.problem());
        auth.changePassword(admin, "s3cret-pass".toCharArray(), "new-password-1".toCharArray());
        assertTrue(auth.authenticate("admin", "s3cret-pass".toCharArray()).isEmpty());
        assertTrue(auth.authenticate("admin", "new-password-1".toCharArray()).isPresent());
    }

    @Test
    void lastActiveAdministratorCannotBeDeactivatedOrDemoted() {
        User admin = admin();
        UserException off = assertThrows(UserException.class, () -> auth.update(admin,
                new User(admin.id(), admin.version(), admin.login(), admin.displayName(), Role.ADMINISTRATOR, false)));
        assertEquals(UserProblem.LAST_ADMINISTRATOR, off.problem());
        UserException demoted = assertThrows(UserException.class, () -> auth.update(admin,
                new User(admin.id(), admin.version(), admin.login(), admin.displayName(), Role.REVIEWER, true)));
        assertEquals(UserProblem.LAST_ADMINISTRATOR, demoted.problem());
    }

    @Test
    void staleVersionIsRefused() {
        User admin = admin();
        User clerk = auth.createUser(admin, "clerk1", "张三", Role.CLERK, "clerk-pass-1".toCharArray());
        auth.update(admin, new User(clerk.id(), clerk.version(), clerk.login(), "张三丰", Role.CLERK, true));
        assertThrows(StaleRecordException.class, () -> auth.update(admin,
                new User(clerk.id(), clerk.version(), clerk.login(), "张三", Role.REVIEWER, true)));
    }

    @Test
    void deactivatedAdministratorLosesTheirPowersAtOnce() {
        User admin = admin();
        User second = auth.createUser(admin, "admin2", "李副主任", Role.ADMINISTRATOR, "admin-pass-2".toCharArray());
        auth.update(second, new User(admin.id(), admin.version(), admin.login(), admin.displayName(), Role.ADMINISTRATOR, false));
        UserException e = assertThrows(UserException.class,
                () -> auth.createUser(admin, "clerk9", "赵九", Role.CLERK, "clerk-pass-9".toCharArray()));
        assertEquals(UserProblem.INACTIVE_USER, e.problem());
    }

    @Test
    void weakerStoredHashIsUpgradedAtLogin() {
        AuthService weak = new AuthService(db, java.time.Clock.systemUTC(), new PasswordHasher(120_000));
        weak.createFirstAdministrator("admin", "王主任", "s3cret-pass".toCharArray());
        auth.authenticate("admin", "s3cret-pass".toCharArray()).orElseThrow();
        int iterations = db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT password_iterations FROM app_user")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertEquals(PasswordHasher.ITERATIONS, iterations);
        assertTrue(auth.authenticate("admin", "s3cret-pass".toCharArray()).isPresent());
    }

    @Test
    void changesAreAuditedWithoutTheHash() {
        User admin = admin();
        User clerk = auth.createUser(admin, "clerk1", "张三", Role.CLERK, "clerk-pass-1".toCharArray());
        auth.resetPassword(admin, clerk.id(), clerk.version(), "reset-pass-1".toCharArray());
        List<AuditEntry> trail = new JdbcAuditLog(db).forRecord("app_user", clerk.id());
        assertEquals(List.of("INSERT", "PASSWORD"), trail.stream().map(AuditEntry::action).toList());
        assertTrue(trail.stream().allMatch(a -> a.user().equals("admin")));
        assertTrue(trail.stream().noneMatch(a -> String.valueOf(a.newValue()).contains("salt")
                || String.valueOf(a.newValue()).contains("hash")));
    }
}
