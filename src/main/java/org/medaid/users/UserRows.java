package org.medaid.users;

import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import org.medaid.session.Role;
import java.util.List;
import java.util.Optional;
import org.medaid.store.StaleRecordException;

/** The {@code app_user} table on a caller's connection, inside the caller's transaction. */
final class UserRows {

    static final String TABLE = "app_user";
    private static final String COLUMNS = "id, version, login_name, display_name, active, password_hash, "
            + "password_salt, password_iterations";

    /** A user with their stored hash: never leaves this package. */
    record Row(User user, PasswordHasher.Hash hash) {
    }

    private UserRows() {
    }

    static int count(Tx c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM app_user");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static int activeAdministrators(Tx c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM app_user u WHERE active AND EXISTS (SELECT 1 FROM app_user_role r "
                        + "WHERE r.user_id = u.id AND r.role = 'ADMINISTRATOR')");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static Optional<Row> byId(Tx c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM app_user WHERE id = ?")) {
            ps.setLong(1, id);
            return one(c, ps);
        }
    }

    static Optional<Row> byLogin(Tx c, String login) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM app_user WHERE login_name = ?")) {
            ps.setString(1, login);
            return one(c, ps);
        }
    }

    static List<User> all(Tx c) throws SQLException {
        List<User> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM app_user ORDER BY login_name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row(c, rs).user());
            }
        }
        return out;
    }

    static User insert(Tx c, User u, PasswordHasher.Hash hash, String createdBy, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_user (version, login_name, display_name, "
                + "password_hash, password_salt, password_iterations, active, created_by, created_at, password_changed_at) "
                + "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            ps.setString(1, u.login());
            ps.setString(2, u.displayName());
            ps.setString(3, hash.hash());
            ps.setString(4, hash.salt());
            ps.setInt(5, hash.iterations());
            ps.setBoolean(6, u.active());
            ps.setString(7, createdBy);
            ps.setObject(8, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.setObject(9, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                User created = new User(keys.getLong(1), 1, u.login(), u.displayName(), u.roles(), u.active());
                setRoles(c, created.id(), created.roles());
                return created;
            }
        }
    }

    /** Saves display name, role and active flag when {@code u.version()} is the stored one. */
    static User update(Tx c, User u) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE app_user SET version = version + 1, display_name = ?, "
                + "active = ? WHERE id = ? AND version = ?")) {
            ps.setString(1, u.displayName());
            ps.setBoolean(2, u.active());
            ps.setLong(3, u.id());
            ps.setLong(4, u.version());
            if (ps.executeUpdate() != 1) {
                throw new StaleRecordException(TABLE, u.id());
            }
        }
        setRoles(c, u.id(), u.roles());
        return new User(u.id(), u.version() + 1, u.login(), u.displayName(), u.roles(), u.active());
    }

    static User setPassword(Tx c, User u, PasswordHasher.Hash hash, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE app_user SET version = version + 1, password_hash = ?, "
                + "password_salt = ?, password_iterations = ?, password_changed_at = ? WHERE id = ? AND version = ?")) {
            ps.setString(1, hash.hash());
            ps.setString(2, hash.salt());
            ps.setInt(3, hash.iterations());
            ps.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.setLong(5, u.id());
            ps.setLong(6, u.version());
            if (ps.executeUpdate() != 1) {
                throw new StaleRecordException(TABLE, u.id());
            }
        }
        return new User(u.id(), u.version() + 1, u.login(), u.displayName(), u.roles(), u.active());
    }

    /** Replaces the user's roles (table app_user_role, V43). */
    private static void setRoles(Tx c, long userId, Set<Role> roles) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM app_user_role WHERE user_id = ?")) {
            del.setLong(1, userId);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)")) {
            for (Role r : roles) {
                ins.setLong(1, userId);
                ins.setString(2, r.name());
                ins.executeUpdate();
            }
        }
    }

    private static Set<Role> roles(Tx c, long userId) throws SQLException {
        Set<Role> out = EnumSet.noneOf(Role.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT role FROM app_user_role WHERE user_id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(Role.valueOf(rs.getString(1)));
                }
            }
        }
        return out;
    }

    private static Optional<Row> one(Tx c, PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row(c, rs)) : Optional.empty();
        }
    }

    private static Row row(Tx c, ResultSet rs) throws SQLException {
        User u = new User(rs.getLong("id"), rs.getLong("version"), rs.getString("login_name"),
                rs.getString("display_name"), roles(c, rs.getLong("id")), rs.getBoolean("active"));
        return new Row(u, new PasswordHasher.Hash(rs.getString("password_hash"), rs.getString("password_salt"),
                rs.getInt("password_iterations")));
    }
}
