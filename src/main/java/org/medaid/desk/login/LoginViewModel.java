package org.medaid.desk.login;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
import org.medaid.users.AuthService;
import org.medaid.users.UserException;

/**
 * The login at the start of the desk (users and roles): user name and password checked by
 * {@link AuthService} on the worker thread. A wrong name or password gets one Chinese sentence that does
 * not say which of the two was wrong. The first administrator is made only by the first-run wizard (ADR 0082):
 * on a store without any user the screen says so in one sentence and logs nobody in.
 */
public final class LoginViewModel {

    private static final DateTimeFormatter WAIT_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LoginGate auth;
    private final TaskExecutor executor;
    private final Texts text;
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ScreenStatus status = new ScreenStatus();
    private final BooleanProperty noUsers = new SimpleBooleanProperty();
    private final BooleanProperty checked = new SimpleBooleanProperty();
    private final BooleanProperty canRecover = new SimpleBooleanProperty();
    private final BooleanBinding canSubmit;
    /** The form was sent before the users check answered: sent when it does. */
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
                && (!checked.get() || !noUsers.get() && !status.isBusy()), checked, noUsers, status.busyProperty(), login, password);
        login.addListener((o, a, b) -> clearUnlessNoUsers());
        password.addListener((o, a, b) -> clearUnlessNoUsers());
    }

    /**
     * Asks the store whether any user exists. Without one nobody can log in here: the first administrator is the
     * first-run wizard's, which the desk opens on a data folder without users (ADR 0082), so the sentence says to
     * start the desk again.
     */
    public void start() {
        status.submit(executor, BackgroundTask.of("users exist", p -> new boolean[] {auth.hasUsers(), auth.canRecover()})
                .onSuccess(has -> {
                    noUsers.set(!has[0]);
                    canRecover.set(has[0] && has[1]);
                    checked.set(true);
                    if (!has[0]) {
                        status.refuse(text.get("login.noUsers"));
                    } else if (waiting) {
                        // Enter came before this answer: the login goes on as soon as it is known
                        send();
                    }
                    waiting = false;
                })
                .onFailure(e -> status.refuse(storeFailure(text, e))));
    }

    /**
     * Logs in; the password is cleared whatever comes of it. Sent before the store has said whether anyone exists
     * (a clerk typing at once, ADR 0081), the login waits for that answer and then goes on by itself; on a store
     * without users it is dropped and the sentence says why.
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
        char[] secret = password.get().toCharArray();
        // the key's unwrap and the full check of the store run before the desk opens: at a county's size the
        // check takes seconds to a minute (docs/benchmarks.md, ADR 0084), so the clerk is told what is happening
        status.say(text.get("login.opening"));
        status.submit(executor, BackgroundTask.of("log in", p -> {
            try {
                // a store checked whole before it opens (after an update that migrates it) says how far the check is
                return auth.login(name, secret, (done, all) -> executor.onUi(() -> {
                    if (status.isBusy()) {
                        status.say(text.format("login.checking", done, all));
                    }
                }));
            } finally {
                Arrays.fill(secret, '\0');
            }
        }).onSuccess(result -> {
            password.set("");
            if (result instanceof LoginResult.LoggedIn in) {
                onLoggedIn.accept(in.session());
                onResult.accept(in);
            } else if (result instanceof LoginResult.Waiting w) {
                status.refuse(text.format("login.waiting", WAIT_TIME.format(w.until().atZone(ZoneId.systemDefault()))));
            } else {
                status.refuse(text.get("login.wrong"));
            }
        }).onFailure(e -> {
            password.set("");
            if (e instanceof org.medaid.recovery.DamagedStoreException damaged && onDamaged != null) {
                onDamaged.accept(damaged);
                return;
            }
            status.refuse(e instanceof UserException u ? u.message(text.locale()) : storeFailure(text, e));
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

    /** Why the login was refused, and the busy mark. */
    public ScreenStatus status() {
        return status;
    }

    /** True when the store holds no user: nobody can log in here, the sentence sends the clerk to the first run. */
    public ReadOnlyBooleanProperty noUsersProperty() {
        return noUsers;
    }

    private void clearUnlessNoUsers() {
        if (!noUsers.get()) {
            status.clear();
        }
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

    /** The sentence for a store that could not answer: another desk holding the folder is said plainly. */
    public static String storeFailure(Texts text, Throwable e) {
        return e instanceof org.medaid.store.StoreInUseException inUse ? text.format("error.inUse", inUse.folder())
                : text.format("login.failed.store", e.getMessage());
    }
}
