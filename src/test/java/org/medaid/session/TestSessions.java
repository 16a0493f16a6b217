package org.medaid.session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.medaid.store.Database;

/**
 * Sessions for tests that are not about logging in (ADR 0034): the user is stored (created when missing,
 * given the roles asked for) so the services' checks of the stored user and roles run as they do at the
 * desk. Test code only: the program has no way to a session but the login.
 */
public final class TestSessions {

    private TestSessions() {
    }

    /** A session of {@code login} holding (at least) {@code roles}; a clerk when none are given. */
    public static Session as(Database db, String login, Role... roles) {
        Set<Role> wanted = roles.length == 0 ? EnumSet.of(Role.CLERK) : EnumSet.of(roles[0], roles);
        long id = db.inTransaction(c -> {
            long userId;
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM app_user WHERE login_name = ?")) {
                ps.setString(1, login);
                try (ResultSet rs = ps.executeQuery()) {
                    userId = rs.next() ? rs.getLong(1) : -1;
                }
            }
            if (userId < 0) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_user (version, login_name, display_name, "
                        + "password_hash, password_salt, password_iterations, active, created_by, created_at, "
                        + "password_changed_at) VALUES (1, ?, ?, 'x', 'x', 120000, TRUE, '(test)', ?, ?)", new String[] {"ID"})) {
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    ps.setString(1, login);
                    ps.setString(2, login);
                    ps.setObject(3, now);
                    ps.setObject(4, now);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        userId = keys.getLong(1);
                    }
                }
            }
            for (Role r : wanted) {
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO app_user_role (user_id, role) KEY (user_id, role) VALUES (?, ?)")) {
                    ps.setLong(1, userId);
                    ps.setString(2, r.name());
                    ps.executeUpdate();
                }
            }
            return userId;
        });
        return new Session(id, login, login, wanted, Instant.now());
    }

    /** A session for a user the test created through {@code AuthService} (the stored roles decide). */
    public static Session of(long userId, String login, Set<Role> roles) {
        return new Session(userId, login, login, roles, Instant.now());
    }
}
