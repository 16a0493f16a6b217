package org.medaid.desk.login;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.medaid.access.LoginResult;
import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.security.AdministratorPasswords;
import org.medaid.users.AuthService;
import org.medaid.users.UserException;

/**
 * The login at the start of the desk (users and roles): user name and password checked by
 * {@link AuthService} on the worker thread. A wrong name or password gets one Chinese sentence that does
 * not say which of the two was wrong. On a data folder without any user (the first-run wizard has not
 * run) the same screen creates the first administrator, so the desk is never locked out.
 */
public final class LoginViewModel {

    private static final DateTimeFormatter WAIT_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LoginGate auth;
    private final TaskExecutor executor;
    private final Texts text;
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ScreenStatus status = new ScreenStatus();
    private final BooleanProperty firstRun = new SimpleBooleanProperty();
    private final BooleanProperty checked = new SimpleBooleanProperty();
    private final BooleanProperty canRecover = new SimpleBooleanProperty();
    private final BooleanBinding canSubmit;
    /** The form was sent before the users check answered: sent again when it does. */
    private boolean waiting;
    private Consumer<org.medaid.session.Session> onLoggedIn = u -> { };
    private Consumer<LoginResult.LoggedIn> onResult = r -> { };
    /** The store failed its check at open (ADR 0030): the desk shows the damaged-store dialog instead. */
    private Consumer<org.medaid.recovery.DamagedStoreException> onDamaged;

    public LoginViewModel(AuthService auth, TaskExecutor executor, Texts text) {
        this(LoginGate.over(auth), executor, text);
    }

    public LoginViewModel(LoginGate auth, TaskExecutor executor, Texts text) {
        this.auth = auth;
        this.executor = executor;
        this.text = text;
        // before the users check has answered, a filled form may be sent: the login waits for the answer (ADR 0081)
        canSubmit = Bindings.createBooleanBinding(() -> !login.get().isBlank() && !password.get().isEmpty()
                && (!checked.get() || !status.isBusy() && (!firstRun.get() || (!displayName.get().isBlank()
                && password.get().equals(repeat.get())))), checked, status.busyProperty(), login, password, firstRun,
                displayName, repeat);
        login.addListener((o, a, b) -> status.clear());
        password.addListener((o, a, b) -> status.clear());
        repeat.addListener((o, a, b) -> status.refuse(firstRun.get() && !b.isEmpty() && !password.get().startsWith(b)
                ? text.get("login.repeat.differs") : ""));
    }

    /** Asks the store whether any user exists: without one, the screen creates the first administrator. */
    public void start() {
        status.submit(executor, BackgroundTask.of("users exist", p -> new boolean[] {auth.hasUsers(), auth.canRecover()})
                .onSuccess(has -> {
                    firstRun.set(!has[0]);
                    canRecover.set(has[0] && has[1]);
                    checked.set(true);
                    if (waiting && !firstRun.get()) {
                        // Enter came before this answer: the login goes on as soon as it is known
                        send();
                    }
                    waiting = false;
                })
                .onFailure(e -> status.refuse(text.format("login.failed.store", e.getMessage()))));
    }

    /**
     * Logs in (or creates the first administrator); the password is cleared whatever comes of it. Sent before
     * the store has said whether anyone exists (a clerk typing at once, ADR 0081), the login waits for that
     * answer and then goes on by itself; it is dropped if there turns out to be no user yet (the form then asks
     * for the first administrator).
     */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        if (!checked.get()) {
            waiting = true;
            return;
        }
        send();
    }

    private void send() {
        if (login.get().isBlank() || password.get().isEmpty()) {
            return;
        }
        String name = login.get().strip();
        boolean creating = firstRun.get();
        // the first administrator's password keeps the first run's rule, whichever way the desk starts
        var weak = creating ? AdministratorPasswords.check(name, password.get()) : java.util.Optional.<AdministratorPasswords.Problem>empty();
        if (weak.isPresent()) {
            status.refuse(text.get("password.problem." + weak.get().name()));
            return;
        }
        char[] secret = password.get().toCharArray();
        String display = displayName.get().strip();
        status.clear();
        status.submit(executor, BackgroundTask.of("log in", p -> {
            try {
                return creating ? auth.createFirstAdministrator(name, display, secret) : auth.login(name, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }).onSuccess(result -> {
            password.set("");
            if (result instanceof LoginResult.LoggedIn in) {
                repeat.set("");
                onLoggedIn.accept(in.session());
                onResult.accept(in);
            } else if (result instanceof LoginResult.Waiting w) {
                status.refuse(text.format("login.waiting", WAIT_TIME.format(w.until().atZone(ZoneId.systemDefault()))));
            } else {
                status.refuse(text.get("login.wrong"));
            }
        }).onFailure(e -> {
            password.set("");
            repeat.set("");
            if (e instanceof org.medaid.recovery.DamagedStoreException damaged && onDamaged != null) {
                onDamaged.accept(damaged);
                return;
            }
            status.refuse(e instanceof UserException u ? u.message(text.locale()) : text.format("login.failed.store", e.getMessage()));
        }));
    }

    /** Who is told when the login's store failed its check (the damaged-store dialog); unset, the message says it. */
    public void setOnDamaged(Consumer<org.medaid.recovery.DamagedStoreException> onDamaged) {
        this.onDamaged = onDamaged;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    /** Why the login was refused, and the busy mark. */
    public ScreenStatus status() {
        return status;
    }

    /** True when no user exists yet and this screen creates the first administrator. */
    public BooleanProperty firstRunProperty() {
        return firstRun;
    }

    /** True when the recovery code can be used here (an encrypted store at start-up). */
    public BooleanProperty canRecoverProperty() {
        return canRecover;
    }

    /** The gate this login asks, for the recovery-code card shown in its place. */
    public LoginGate gate() {
        return auth;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public BooleanBinding canSubmitBinding() {
        return canSubmit;
    }

    public Texts text() {
        return text;
    }

    public void setOnLoggedIn(Consumer<org.medaid.session.Session> action) {
        this.onLoggedIn = action;
    }

    /** The whole result of a login: the open store and the user (the session is built from it). */
    public void setOnLoginResult(Consumer<LoginResult.LoggedIn> action) {
        this.onResult = action;
    }
}
