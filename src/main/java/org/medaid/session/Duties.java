package org.medaid.session;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks every service makes before it writes (ADR 0034): a live session, a role that allows the
 * action (the roles as stored now, not as they were at login), and on one case the separation of duties.
 */
public final class Duties {

    private Duties() {
    }

    /** Refuses an ended session or one whose stored roles do not allow {@code action}. */
    public static void require(Session session, Set<Role> storedRoles, Action action) {
        live(session);
        if (action.roles().stream().noneMatch(storedRoles::contains)) {
            throw new DutyException(Rule.ROLE, label(action), roles(action.roles()), storedRoles.isEmpty() ? "—" : roles(storedRoles));
        }
    }

    /** Refuses a missing or ended session. */
    public static Session live(Session session) {
        if (session == null || session.ended()) {
            throw new DutyException(Rule.NO_SESSION);
        }
        return session;
    }

    /** Refuses when the acting user is among {@code others} (the people who did an earlier duty of the case). */
    public static void notAmong(Session session, Collection<String> others, Rule rule) {
        if (others.contains(session.login())) {
            throw new DutyException(rule, session.login());
        }
    }

    static String label(Action action) {
        return java.util.ResourceBundle.getBundle("org.medaid.session.messages", Locale.SIMPLIFIED_CHINESE,
                org.medaid.model.Labels.NO_FALLBACK).getString("action." + action.name());
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(r -> r.label(Locale.SIMPLIFIED_CHINESE)).collect(Collectors.joining("、"));
    }
}
