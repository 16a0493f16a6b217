package org.medaid.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.security.KeyringWriter;
import org.medaid.security.StoreKey;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;
import org.medaid.store.StoreEncryption;
import org.medaid.users.AuthService;
import org.medaid.session.Role;
import org.medaid.users.User;

class StoreAccessTest {

    @TempDir
    Path dir;

    /** A clock the test moves by hand: nothing here sleeps. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-02T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private static final char[] ADMIN = "lanshan-admin-7".toCharArray();

    private Path firstRun() {
        StoreAccess access = new StoreAccess(dir, clock);
        assertEquals(StoreAccess.State.FIRST_RUN, access.state());
        try (Database db = access.createNew()) {
            new AuthService(db, clock).createFirstAdministrator("admin", "管理员", ADMIN.clone());
        }
        return dir;
    }

    private static List<String> audit(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT user_name || ' ' || action FROM audit WHERE action LIKE 'LOGIN%' ORDER BY id")) {
                List<String> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    @Test
    void aLoginUnwrapsTheKeyAndOpensTheStoreAWrongPasswordCannot() {
        firstRun();
        StoreAccess access = new StoreAccess(dir, clock);
        assertEquals(StoreAccess.State.ENCRYPTED, access.state());
        assertInstanceOf(LoginResult.Refused.class, access.login("admin", "not-the-password".toCharArray()));
        assertTrue(access.database().isEmpty(), "a wrong password opens nothing");
        assertInstanceOf(LoginResult.Refused.class, access.login("nobody", ADMIN.clone()));
        LoginResult.LoggedIn in = assertInstanceOf(LoginResult.LoggedIn.class, access.login("Admin", ADMIN.clone()));
        try (Database db = in.database()) {
            assertEquals("admin", in.user().login());
            assertTrue(in.needsRecoveryCode(), "no recovery code was confirmed yet");
            assertEquals(List.of("admin LOGIN_FAILED", "nobody LOGIN_FAILED", "admin LOGIN"), audit(db));
        }
    }

    @Test
    void afterFiveWrongPasswordsTheNameWaitsLongerEachTimeEvenAfterARestart() {
        firstRun();
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(LoginResult.Refused.class, new StoreAccess(dir, clock).login("admin", ("wrong-" + i).toCharArray()));
        }
        LoginResult.Waiting w = assertInstanceOf(LoginResult.Waiting.class, new StoreAccess(dir, clock).login("admin", ADMIN.clone()));
        assertEquals(clock.now.plusSeconds(30), w.until());
        clock.now = clock.now.plusSeconds(31);
        assertInstanceOf(LoginResult.Refused.class, new StoreAccess(dir, clock).login("admin", "wrong-6".toCharArray()));
        w = assertInstanceOf(LoginResult.Waiting.class, new StoreAccess(dir, clock).login("admin", ADMIN.clone()));
        assertEquals(clock.now.plusSeconds(60), w.until(), "the delay doubles");
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        LoginResult.LoggedIn in = assertInstanceOf(LoginResult.LoggedIn.class, new StoreAccess(dir, clock).login("admin", ADMIN.clone()));
        in.database().close();
        assertInstanceOf(LoginResult.Refused.class, new StoreAccess(dir, clock).login("admin", "wrong-7".toCharArray()),
                "a right password clears the count");
    }

    @Test
    void aPasswordChangeOrResetRewrapsTheKey() {
        firstRun();
        StoreAccess access = new StoreAccess(dir, clock);
        LoginResult.LoggedIn in = (LoginResult.LoggedIn) access.login("admin", ADMIN.clone());
        AuthService auth = new AuthService(in.database(), clock);
        User clerk = auth.createUser(in.session(), "clerk", "经办人", java.util.EnumSet.of(Role.CLERK),
                "clerk-first-1".toCharArray());
        auth.changePassword(in.session(), ADMIN.clone(), "lanshan-admin-8".toCharArray());
        auth.resetPassword(in.session(), clerk.id(), clerk.version(), "clerk-second-2".toCharArray());
        in.database().close();
        assertInstanceOf(LoginResult.Refused.class, new StoreAccess(dir, clock).login("admin", ADMIN.clone()));
        assertInstanceOf(LoginResult.Refused.class, new StoreAccess(dir, clock).login("clerk", "clerk-first-1".toCharArray()));
        ((LoginResult.LoggedIn) new StoreAccess(dir, clock).login("clerk", "clerk-second-2".toCharArray())).database().close();
        ((LoginResult.LoggedIn) new StoreAccess(dir, clock).login("admin", "lanshan-admin-8".toCharArray())).database().close();
    }

    @Test
    void theRecoveryCodeOpensTheStoreWhenEveryPasswordIsForgotten() {
        firstRun();
        StoreAccess access = new StoreAccess(dir, clock);
        LoginResult.LoggedIn in = (LoginResult.LoggedIn) access.login("admin", ADMIN.clone());
        StoreKey key = in.database().key().orElseThrow();
        String code = new KeyringWriter(dir).newRecoveryCode(key);
        new KeyringWriter(dir).confirmRecoveryCode(key);
        in.database().close();
        assertTrue(new StoreAccess(dir, clock).recover("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA").isEmpty());
        try (Database db = new StoreAccess(dir, clock).recover(code.toLowerCase().replace("-", " ")).orElseThrow()) {
            assertEquals(key, db.key().orElseThrow());
        }
        LoginResult.LoggedIn again = (LoginResult.LoggedIn) new StoreAccess(dir, clock).login("admin", ADMIN.clone());
        assertFalse(again.needsRecoveryCode(), "a confirmed code is not asked for again");
        again.database().close();
    }

    @Test
    void aPlainStoreIsEncryptedInPlaceAtTheFirstLoginAfterAVerifiedBackup() throws Exception {
        try (Database plain = Database.open(dir)) {
            new AuthService(plain, clock).createFirstAdministrator("admin", "管理员", ADMIN.clone());
            new JdbcPersonStore(plain).enrol(People.person("张三", People.id("430524", 1960, 13), "石门村"), List.of(),
                    org.medaid.session.TestSessions.as(plain, "clerk"));
        }
        StoreAccess access = new StoreAccess(dir, clock);
        assertEquals(StoreAccess.State.PLAIN, access.state());
        assertInstanceOf(LoginResult.Refused.class, access.login("admin", "wrong-password".toCharArray()));
        assertFalse(StoreEncryption.isEncrypted(dir), "a wrong password changes nothing");
        LoginResult.LoggedIn in = assertInstanceOf(LoginResult.LoggedIn.class, access.login("admin", ADMIN.clone()));
        try (Database db = in.database()) {
            assertTrue(StoreEncryption.isEncrypted(dir));
            assertTrue(new JdbcPersonStore(db).byIdNumber(People.id("430524", 1960, 13)).isPresent());
            assertTrue(in.needsRecoveryCode());
            assertEquals(List.of("admin LOGIN_FAILED", "admin LOGIN"), audit(db));
        }
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("medaid-encrypted")), names.toString());
            assertFalse(names.stream().anyMatch(n -> n.startsWith(PlainStoreUpgrade.BEFORE)), "the plain copy is gone: " + names);
        }
        assertEquals(StoreAccess.State.ENCRYPTED, new StoreAccess(dir, clock).state());
        ((LoginResult.LoggedIn) new StoreAccess(dir, clock).login("admin", ADMIN.clone())).database().close();
    }
}
