package org.medaid.session;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who logged in at the desk and with which roles (ADR 0034). Only the login issues one ({@link SessionIssuer},
 * held by {@code users.AuthService}); services take a session, never a user id or an author name, and write
 * {@link #login()} as the author of every audit row. A session ended by log-out or switch-user is refused.
 */
public final class Session {

    private final long userId;
    private final String login;
    private final String displayName;
    private final Set<Role> roles;
    private final Instant since;
    private volatile boolean ended;

    Session(long userId, String login, String displayName, Set<Role> roles, Instant since) {
        if (login == null || login.isBlank()) {
            throw new IllegalArgumentException("a session needs the login name");
        }
        this.userId = userId;
        this.login = login;
        this.displayName = displayName;
        this.roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        this.since = since;
    }

    public long userId() {
        return userId;
    }

    /** The name written to the audit trail and on every stage of an application. */
    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    /** The roles at login; services re-read the stored ones before a change (a demotion counts at once). */
    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the roles at login allow {@code action} (screens hide or disable by this; services check again). */
    public boolean may(Action action) {
        return action.roles().stream().anyMatch(roles::contains);
    }

    public Instant since() {
        return since;
    }

    /** Log-out and switch-user end the session; every later service call with it is refused. */
    public void end() {
        ended = true;
    }

    public boolean ended() {
        return ended;
    }

    @Override
    public String toString() {
        return "Session[" + login + " " + roles + (ended ? ", ended" : "") + "]";
    }
}
