package org.medaid.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import org.medaid.session.Action;
import org.medaid.session.Duties;
import org.medaid.session.DutyException;
import org.medaid.session.Role;
import org.medaid.session.Rule;
import org.medaid.session.Session;

/**
 * The acting user as stored now (ADR 0034): every write of every service starts here, inside its
 * transaction, so a deactivation or a role taken away counts at once, whatever the session says.
 */
public final class Actors {

    private Actors() {
    }

    /** The session's stored roles; refuses an ended session, a deactivated user and a role that does not allow {@code action}. */
    public static Set<Role> require(Tx c, Session session, Action action) throws SQLException {
        Set<Role> roles = storedRoles(c, session);
        Duties.require(session, roles, action);
        return roles;
    }

    /** {@link #require} and the name the audit rows of this action carry: the session's login, nothing a caller gives. */
    public static String author(Tx c, Session session, Action action) throws SQLException {
        require(c, session, action);
        return session.login();
    }

    /** The stored roles of the session's user; refuses an ended session and a deactivated or unknown user. */
    public static Set<Role> storedRoles(Tx c, Session session) throws SQLException {
        Duties.live(session);
        try (PreparedStatement ps = c.prepareStatement("SELECT active FROM app_user WHERE id = ? AND login_name = ?")) {
            ps.setLong(1, session.userId());
            ps.setString(2, session.login());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    throw new DutyException(Rule.USER_INACTIVE, session.login());
                }
            }
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT role FROM app_user_role WHERE user_id = ?")) {
            ps.setLong(1, session.userId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    roles.add(Role.valueOf(rs.getString(1)));
                }
            }
        }
        return roles;
    }
}
