package org.medaid.desk.users;

import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.security.PasswordRules;
import org.medaid.users.AuthService;
import org.medaid.session.Action;
import org.medaid.session.DutyException;
import org.medaid.session.Role;
import org.medaid.session.Session;
import org.medaid.users.User;
import org.medaid.users.UserException;

/**
 * The users and roles of this desk (clerk, reviewer, administrator), managed by an administrator
 * in 设置: add a user, reset a password, deactivate or reactivate. Every change goes through
 * {@link AuthService} (hashed passwords, audited, admin only) on the background executor.
 */
public final class UsersViewModel {

    private final AuthService auth;
    private final TaskExecutor executor;
    private final Session actor;
    private final Locale locale;

    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final ObjectProperty<User> selected = new SimpleObjectProperty<>();
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final javafx.collections.ObservableSet<Role> roles = FXCollections.observableSet(java.util.EnumSet.of(Role.CLERK));
    private final StringProperty password = new SimpleStringProperty("");
    /** The password typed a second time (ADR 0033): nothing is set until both agree. */
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ScreenStatus status = new ScreenStatus();
    private final BooleanBinding canAdd;

    public UsersViewModel(AuthService auth, TaskExecutor executor, Session actor, Locale locale) {
        this.auth = auth;
        this.executor = executor;
        this.actor = actor;
        this.locale = locale;
        this.canAdd = Bindings.createBooleanBinding(() -> mayManageUsers()
                && !login.get().isBlank() && !displayName.get().isBlank() && !roles.isEmpty()
                && typedTwice(), login, displayName, roles, password, repeat);
    }

    private boolean typedTwice() {
        return password.get().length() >= PasswordRules.MIN_LENGTH && password.get().equals(repeat.get());
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public boolean mayManageUsers() {
        return actor.may(Action.MANAGE_USERS);
    }

    public void reload() {
        executor.submit(BackgroundTask.of("users", p -> auth.users()).onSuccess(users::setAll).onFailure(this::failed));
    }

    public void add() {
        if (!canAdd.get()) {
            return;
        }
        String l = login.get().trim();
        String n = displayName.get().trim();
        java.util.Set<Role> r = java.util.EnumSet.copyOf(roles);
        char[] pw = password.get().toCharArray();
        status.submit(executor, BackgroundTask.of("add user", p -> auth.createUser(actor, l, n, r, pw)).onSuccess(u -> {
            status.say(format("users.added", u.login()));
            login.set("");
            displayName.set("");
            password.set("");
            repeat.set("");
            reload();
        }).onFailure(this::failed));
    }

    /** Sets the selected user's password to the one typed twice (the rule of ADR 0033). */
    public void resetPassword() {
        User u = selected.get();
        if (u == null || !typedTwice()) {
            status.refuse(format("users.pickAndType"));
            return;
        }
        char[] pw = password.get().toCharArray();
        status.submit(executor, BackgroundTask.of("reset password", p -> auth.resetPassword(actor, u.id(), u.version(), pw))
                .onSuccess(done -> {
                    status.say(format("users.reset", done.login()));
                    password.set("");
                    repeat.set("");
                    reload();
                }).onFailure(this::failed));
    }

    /** Deactivates an active user, reactivates an inactive one; nobody is ever deleted. */
    public void toggleActive() {
        User u = selected.get();
        if (u == null) {
            return;
        }
        User changed = new User(u.id(), u.version(), u.login(), u.displayName(), u.roles(), !u.active());
        status.submit(executor, BackgroundTask.of("activate user", p -> auth.update(actor, changed)).onSuccess(done -> {
            status.say(format(done.active() ? "users.activated" : "users.deactivated", done.login()));
            reload();
        }).onFailure(this::failed));
    }

    /** Gives the selected user the roles ticked (ADR 0034); the last administrator keeps that role. */
    public void saveRoles() {
        User u = selected.get();
        if (u == null || roles.isEmpty()) {
            return;
        }
        User changed = new User(u.id(), u.version(), u.login(), u.displayName(), java.util.EnumSet.copyOf(roles), u.active());
        status.submit(executor, BackgroundTask.of("user roles", p -> auth.update(actor, changed)).onSuccess(done -> {
            status.say(format("users.rolesSaved", done.login()));
            reload();
        }).onFailure(this::failed));
    }

    private void failed(Throwable e) {
        status.refuse(e instanceof UserException ue ? ue.message(locale)
                : e instanceof DutyException de ? de.message(locale) : String.valueOf(e.getMessage()));
    }

    private String format(String key, Object... args) {
        return Texts.load(locale).format(key, args);
    }

    public ObservableList<User> users() {
        return users;
    }

    public ObjectProperty<User> selectedProperty() {
        return selected;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    /** The roles ticked: for a new user, or to save on the selected one. */
    public javafx.collections.ObservableSet<Role> roles() {
        return roles;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ScreenStatus status() {
        return status;
    }

    public BooleanBinding canAddBinding() {
        return canAdd;
    }
}
