package org.medaid.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.security.StoreKey;
import org.medaid.session.Role;
import org.medaid.store.Database;

/** The login's one password check is the keyring's unwrap (ADR 0079): the store issues the session by name and key. */
class UnlockedLoginTest {

    @Test
    void theStoresKeyGivesTheActiveUsersSessionAndNoOtherKeyDoes(@TempDir Path dir) {
        StoreKey key = StoreKey.random();
        try (Database db = Database.open(dir, key)) {
            AuthService auth = new AuthService(db, Clock.systemUTC());
            User admin = auth.createFirstAdministrator("admin", "王主任", "s3cret-pass".toCharArray());
            var session = auth.loginUnlocked(" Admin ", key).orElseThrow();
            assertEquals(admin.id(), session.userId());
            assertTrue(session.has(Role.ADMINISTRATOR));
            assertTrue(auth.loginUnlocked("nobody", key).isEmpty());
            assertThrows(IllegalArgumentException.class, () -> auth.loginUnlocked("admin", StoreKey.random()),
                    "a session is never issued for a name alone");
        }
    }

    @Test
    void aDeactivatedUserGetsNoSession(@TempDir Path dir) {
        StoreKey key = StoreKey.random();
        try (Database db = Database.open(dir, key)) {
            AuthService auth = new AuthService(db, Clock.systemUTC());
            User admin = auth.createFirstAdministrator("admin", "王主任", "s3cret-pass".toCharArray());
            User clerk = auth.createUser(auth.sessionFor(admin), "clerk1", "张三", EnumSet.of(Role.CLERK), "clerk-pass-1".toCharArray());
            assertTrue(auth.loginUnlocked("clerk1", key).isPresent());
            auth.update(auth.sessionFor(admin), new User(clerk.id(), clerk.version(), clerk.login(), clerk.displayName(),
                    EnumSet.of(Role.CLERK), false));
            assertTrue(auth.loginUnlocked("clerk1", key).isEmpty());
        }
    }
}
