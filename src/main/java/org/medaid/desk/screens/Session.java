package org.medaid.desk.screens;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.medaid.users.Role;
import org.medaid.users.User;

/**
 * Who is logged in at the desk. Every store call of the issue-4 screens names {@link #login()} as the
 * user, and the role decides which actions are enabled (the services check again: ADR 0020).
 */
public final class Session {

    private final ReadOnlyObjectWrapper<User> user = new ReadOnlyObjectWrapper<>();

    public Session() {
    }

    public Session(User user) {
        this.user.set(user);
    }

    public void loggedIn(User u) {
        user.set(u);
    }

    public ReadOnlyObjectProperty<User> userProperty() {
        return user.getReadOnlyProperty();
    }

    /** The logged-in user; never null once the desk is past the login. */
    public User user() {
        User u = user.get();
        if (u == null) {
            throw new IllegalStateException("nobody is logged in");
        }
        return u;
    }

    public boolean isLoggedIn() {
        return user.get() != null;
    }

    /** The name written to the audit trail and on every stage of an application. */
    public String login() {
        return user().login();
    }

    public Role role() {
        return user().role();
    }

    public boolean mayReview() {
        return isLoggedIn() && role().mayReview();
    }
}
