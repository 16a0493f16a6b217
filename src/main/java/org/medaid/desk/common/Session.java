package org.medaid.desk.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.medaid.session.Action;

/**
 * Who is logged in at the desk: holds the service {@link org.medaid.session.Session} the login issued
 * (ADR 0034). Every store call of the screens passes {@link #current()}; the roles decide which actions
 * are shown or enabled (the services check again). Log-out and switch-user replace or clear it.
 */
public final class Session {

    private final ReadOnlyObjectWrapper<org.medaid.session.Session> current = new ReadOnlyObjectWrapper<>();

    public Session() {
    }

    public Session(org.medaid.session.Session session) {
        current.set(session);
    }

    /** A new login: the previous session (if any) is ended. */
    public void loggedIn(org.medaid.session.Session s) {
        org.medaid.session.Session before = current.get();
        if (before != null && before != s) {
            before.end();
        }
        current.set(s);
    }

    /** Log-out: the session is ended and nobody is logged in. */
    public void loggedOut() {
        org.medaid.session.Session before = current.get();
        if (before != null) {
            before.end();
        }
        current.set(null);
    }

    public ReadOnlyObjectProperty<org.medaid.session.Session> sessionProperty() {
        return current.getReadOnlyProperty();
    }

    /** The session services are called with; never null once the desk is past the login. */
    public org.medaid.session.Session current() {
        org.medaid.session.Session s = current.get();
        if (s == null) {
            throw new IllegalStateException("nobody is logged in");
        }
        return s;
    }

    public boolean isLoggedIn() {
        return current.get() != null && !current.get().ended();
    }

    /** The name written to the audit trail and on every stage of an application. */
    public String login() {
        return current().login();
    }

    /** Whether the roles at login allow {@code action}: screens hide or disable by this. */
    public boolean may(Action action) {
        return isLoggedIn() && current().may(action);
    }
}
