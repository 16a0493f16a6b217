package org.medaid.users;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.medaid.session.Role;

/**
 * A desk user as the rest of the program sees them: never the password hash. {@code login} is the name
 * written in the audit trail and on every stage of an application. A user record gives no right to act:
 * services take the {@link org.medaid.session.Session} the login issued (ADR 0034).
 */
public record User(long id, long version, String login, String displayName, Set<Role> roles, boolean active) {

    public User {
        roles = Collections.unmodifiableSet(roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
