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
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
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
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty firstRun = new SimpleBooleanProperty();
    private final BooleanProperty checked = new SimpleBooleanProperty();
    private final BooleanProperty canRecover = new SimpleBooleanProperty();
    private final BooleanBinding canSubmit;
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
        canSubmit = Bindings.createBooleanBinding(() -> checked.get() && !busy.get() && !login.get().isBlank()
                && !password.get().isEmpty() && (!firstRun.get() || (!displayName.get().isBlank()
                && password.get().equals(repeat.get()))), checked, busy, login, password, firstRun, displayName, repeat);
        login.addListener((o, a, b) -> message.set(""));
        password.addListener((o, a, b) -> message.set(""));
        repeat.addListener((o, a, b) -> message.set(firstRun.get() && !b.isEmpty() && !password.get().startsWith(b)
                ? text.get("login.repeat.differs") : ""));
    }

    /** Asks the store whether any user exists: without one, the screen creates the first administrator. */
    public void start() {
        busy.set(true);
        executor.submit(BackgroundTask.of("users exist", p -> new boolean[] {auth.hasUsers(), auth.canRecover()})
                .onSuccess(has -> {
                    firstRun.set(!has[0]);
                    canRecover.set(has[0] && has[1]);
                    checked.set(true);
                })
                .onFailure(e -> message.set(text.format("login.failed.store", e.getMessage())))
                .onFinally(() -> busy.set(false)));
    }

    /** Logs in (or creates the first administrator); the password is cleared whatever comes of it. */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        String name = login.get().strip();
        char[] secret = password.get().toCharArray();
        boolean creating = firstRun.get();
        String display = displayName.get().strip();
        busy.set(true);
        message.set("");
        executor.submit(BackgroundTask.of("log in", p -> {
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
                message.set(text.format("login.waiting", WAIT_TIME.format(w.until().atZone(ZoneId.systemDefault()))));
            } else {
                message.set(text.get("login.wrong"));
            }
        }).onFailure(e -> {
            password.set("");
            repeat.set("");
            if (e instanceof org.medaid.recovery.DamagedStoreException damaged && onDamaged != null) {
                onDamaged.accept(damaged);
                return;
            }
            message.set(e instanceof UserException u ? u.message(text.locale()) : text.format("login.failed.store", e.getMessage()));
        }).onFinally(() -> busy.set(false)));
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

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
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
