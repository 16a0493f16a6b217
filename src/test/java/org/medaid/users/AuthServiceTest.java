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
import java.util.EnumSet;
import org.medaid.session.DutyException;
import org.medaid.session.Role;
import org.medaid.session.Rule;
import org.medaid.session.Session;
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

    /** The session the login would issue for {@code u} (the step after the password check). */
    private Session s(User u) {
        return auth.sessionFor(u);
    }

    private User admin() {
        return auth.createFirstAdministrator("admin", "王主任", "s3cret-pass".toCharArray());
    }

    @Test
    void firstAdministratorCanOnlyBeCreatedWhileThereAreNoUsers() {
        assertFalse(auth.hasUsers());
        User admin = admin();
        assertEquals(EnumSet.of(Role.ADMINISTRATOR, Role.CLERK), admin.roles());
        assertTrue(auth.hasUsers());
        UserException e = assertThrows(UserException.class,
                () -> auth.createFirstAdministrator("second", "李四", "another-pass".toCharArray()));
        assertEquals(UserProblem.USERS_EXIST, e.problem());
        assertEquals(1, auth.users().size());
    }

    @Test
    void passwordsAreStoredAsSaltedPbkdf2Hashes() {
        User admin = admin();
        auth.createUser(s(admin), "clerk1", "张三", EnumSet.of(Role.CLERK), "s3cret-pass".toCharArray());
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
        User clerk = auth.createUser(s(admin), "clerk1", "张三", EnumSet.of(Role.CLERK), "clerk-pass-1".toCharArray());
        User off = auth.update(s(admin), new User(clerk.id(), clerk.version(), clerk.login(), clerk.displayName(), EnumSet.of(Role.CLERK), false));
        assertTrue(auth.authenticate("clerk1", "clerk-pass-1".toCharArray()).isEmpty());
        auth.update(s(admin), new User(off.id(), off.version(), off.login(), off.displayName(), EnumSet.of(Role.CLERK), true));
        assertTrue(auth.authenticate("clerk1", "clerk-pass-1".toCharArray()).isPresent());
    }

    @Test
    void clerkCannotCreateUsers() {
        User admin = admin();
        User clerk = auth.createUser(s(admin), "clerk1", "张三", EnumSet.of(Role.CLERK), "clerk-pass-1".toCharArray());
        DutyException e = assertThrows(DutyException.class,
                () -> auth.createUser(s(clerk), "clerk2", "李四", EnumSet.of(Role.CLERK), "clerk-pass-2".toCharArray()));
        assertEquals(Rule.ROLE, e.rule());
        assertEquals("只有系统管理员可以管理用户与角色；您的角色是经办人。", e.getMessage());
    }

    @Test
    void takenLoginNameIsRefused() {
        User admin = admin();
        UserException e = assertThrows(UserException.class,
                () -> auth.createUser(s(admin), "ADMIN", "重名", EnumSet.of(Role.CLERK), "clerk-pass-1".toCharArray()));
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
                () -> auth.changePassword(s(admin), "not-the-one".toCharArray(), "new-password-1".toCharArray()));
        assertEquals(UserProblem.WRONG_PASSWORD, e.problem());
        auth.changePassword(s(admin), "s3cret-pass".toCharArray(), "new-password-1".toCharArray());
        assertTrue(auth.authenticate("admin", "s3cret-pass".toCharArray()).isEmpty());
        assertTrue(auth.authenticate("admin", "new-password-1".toCharArray()).isPresent());
    }

    @Test
    void lastActiveAdministratorCannotBeDeactivatedOrDemoted() {
        User admin = admin();
        DutyException off = assertThrows(DutyException.class, () -> auth.update(s(admin),
                new User(admin.id(), admin.version(), admin.login(), admin.displayName(), EnumSet.of(Role.ADMINISTRATOR), false)));
        assertEquals(Rule.LAST_ADMINISTRATOR, off.rule());
        DutyException demoted = assertThrows(DutyException.class, () -> auth.update(s(admin),
                new User(admin.id(), admin.version(), admin.login(), admin.displayName(), EnumSet.of(Role.TOWNSHIP_REVIEWER), true)));
        assertEquals(Rule.LAST_ADMINISTRATOR, demoted.rule());
    }

    @Test
    void staleVersionIsRefused() {
        User admin = admin();
        User clerk = auth.createUser(s(admin), "clerk1", "张三", EnumSet.of(Role.CLERK), "clerk-pass-1".toCharArray());
        auth.update(s(admin), new User(clerk.id(), clerk.version(), clerk.login(), "张三丰", EnumSet.of(Role.CLERK), true));
        assertThrows(StaleRecordException.class, () -> auth.update(s(admin),
                new User(clerk.id(), clerk.version(), clerk.login(), "张三", EnumSet.of(Role.TOWNSHIP_REVIEWER), true)));
    }

    @Test
    void deactivatedAdministratorLosesTheirPowersAtOnce() {
        User admin = admin();
        User second = auth.createUser(s(admin), "admin2", "李副主任", EnumSet.of(Role.ADMINISTRATOR), "admin-pass-2".toCharArray());
        Session before = s(admin);
        auth.update(s(second), new User(admin.id(), admin.version(), admin.login(), admin.displayName(), EnumSet.of(Role.ADMINISTRATOR), false));
        DutyException e = assertThrows(DutyException.class,
                () -> auth.createUser(before, "clerk9", "赵九", EnumSet.of(Role.CLERK), "clerk-pass-9".toCharArray()));
        assertEquals(Rule.USER_INACTIVE, e.rule());
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
        User clerk = auth.createUser(s(admin), "clerk1", "张三", EnumSet.of(Role.CLERK), "clerk-pass-1".toCharArray());
        auth.resetPassword(s(admin), clerk.id(), clerk.version(), "reset-pass-1".toCharArray());
        List<AuditEntry> trail = new JdbcAuditLog(db).forRecord("app_user", clerk.id());
        assertEquals(List.of("INSERT", "PASSWORD"), trail.stream().map(AuditEntry::action).toList());
        assertTrue(trail.stream().allMatch(a -> a.user().equals("admin")));
        assertTrue(trail.stream().noneMatch(a -> String.valueOf(a.newValue()).contains("salt")
                || String.valueOf(a.newValue()).contains("hash")));
    }

    @Test
    void onlyAPasswordGivesASession() {
        admin();
        assertTrue(auth.login("admin", "wrong-password".toCharArray()).isEmpty());
        Session s = auth.login("admin", "s3cret-pass".toCharArray()).orElseThrow();
        assertEquals("admin", s.login());
        assertEquals(EnumSet.of(Role.ADMINISTRATOR, Role.CLERK), s.roles());
        assertThrows(IllegalStateException.class, org.medaid.session.SessionIssuer::claim, "the issuer is the login's alone");
    }

    @Test
    void anEndedSessionIsRefused() {
        User admin = admin();
        Session s = auth.login("admin", "s3cret-pass".toCharArray()).orElseThrow();
        s.end();
        DutyException e = assertThrows(DutyException.class,
                () -> auth.createUser(s, "clerk1", "张三", EnumSet.of(Role.CLERK), "clerk-pass-1".toCharArray()));
        assertEquals(Rule.NO_SESSION, e.rule());
        assertEquals(1, auth.users().size(), "nothing was written; " + admin.login() + " alone");
    }

    @Test
    void aMadeUpUserRecordWithTheAdministratorsIdGivesNothing() {
        User admin = admin();
        // the attack of the issue: a record with the administrator's id; the services take a session instead,
        // and a session for that id can only come from the login (the test's own helper is the one way round)
        User forged = new User(admin.id(), 7, "mallory", "Mallory", EnumSet.of(Role.ADMINISTRATOR), true);
        Session madeUp = org.medaid.session.TestSessions.of(forged.id(), forged.login(), forged.roles());
        DutyException e = assertThrows(DutyException.class,
                () -> auth.createUser(madeUp, "eve", "Eve", EnumSet.of(Role.ADMINISTRATOR), "evil-pass-1".toCharArray()));
        assertEquals(Rule.USER_INACTIVE, e.rule(), "no stored user has that id and login name");
        assertEquals(1, auth.users().size());
    }
}
