package org.medaid.desk.login;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.access.LoginResult;
import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.recovery.DamagedStoreException;
import org.medaid.security.RecoveryCode;
import org.medaid.users.UserException;

/**
 * The login with the recovery code (恢复码, ADR 0045): when every administrator forgot the password, the code
 * printed at first run sets a new password for one active 系统管理员 and logs that administrator in. Wrong codes
 * are counted and delayed like wrong passwords (under the code's own entry); every refusal is one sentence.
 */
public final class RecoveryLoginViewModel {

    private static final DateTimeFormatter WAIT_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LoginGate gate;
    private final TaskExecutor executor;
    private final Texts text;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ScreenStatus status = new ScreenStatus();
    /** Which field the last refusal is about: the view moves the focus there. */
    private final StringProperty wrongField = new SimpleStringProperty("");
    private final BooleanBinding canSubmit;
    private Consumer<LoginResult.LoggedIn> onResult = r -> { };
    private Consumer<DamagedStoreException> onDamaged;

    public RecoveryLoginViewModel(LoginGate gate, TaskExecutor executor, Texts text) {
        this.gate = gate;
        this.executor = executor;
        this.text = text;
        canSubmit = Bindings.createBooleanBinding(() -> !status.isBusy() && !code.get().isBlank() && !login.get().isBlank()
                && !password.get().isEmpty() && password.get().equals(repeat.get()), status.busyProperty(), code, login, password, repeat);
        repeat.addListener((o, a, b) -> status.refuse(!b.isEmpty() && !password.get().startsWith(b)
                ? text.get("login.repeat.differs") : ""));
    }

    /** Sets the new password with the code and logs in; refusals are said on the screen, nothing changes then. */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        if (!RecoveryCode.looksValid(code.get())) {
            refuse("code", text.get("recoveryLogin.code.shape"));
            return;
        }
        String typedCode = code.get();
        String name = login.get().strip();
        char[] secret = password.get().toCharArray();
        status.clear();
        status.submit(executor, BackgroundTask.of("recovery login", p -> {
            try {
                return gate.recoverAdministrator(typedCode, name, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }).onSuccess(result -> {
            if (result instanceof LoginResult.LoggedIn in) {
                code.set("");
                password.set("");
                repeat.set("");
                onResult.accept(in);
            } else if (result instanceof LoginResult.Waiting w) {
                refuse("code", text.format("recoveryLogin.waiting", WAIT_TIME.format(w.until().atZone(ZoneId.systemDefault()))));
            } else {
                refuse("code", text.get("recoveryLogin.wrong"));
            }
        }).onFailure(this::failed));
    }

    private void failed(Throwable e) {
        if (e instanceof DamagedStoreException damaged && onDamaged != null) {
            onDamaged.accept(damaged);
            return;
        }
        if (e instanceof UserException u) {
            switch (u.problem()) {
                case UNKNOWN_USER, INACTIVE_USER, NOT_ADMINISTRATOR ->
                        refuse("login", text.format("recoveryLogin.notAdministrator", login.get().strip()));
                default -> {
                    password.set("");
                    repeat.set("");
                    refuse("password", u.message(text.locale()));
                }
            }
            return;
        }
        refuse("code", text.format("recoveryLogin.failed", String.valueOf(e.getMessage())));
    }

    private void refuse(String field, String sentence) {
        wrongField.set("");
        status.refuse(sentence);
        wrongField.set(field);
    }

    public void setOnLoginResult(Consumer<LoginResult.LoggedIn> action) {
        this.onResult = action;
    }

    /** Who is told when the store the code opened failed its check at open (the damaged-store dialog). */
    public void setOnDamaged(Consumer<DamagedStoreException> action) {
        this.onDamaged = action;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    /** Why the code was refused, and the busy mark. */
    public ScreenStatus status() {
        return status;
    }

    public StringProperty wrongFieldProperty() {
        return wrongField;
    }

    public BooleanBinding canSubmitBinding() {
        return canSubmit;
    }

    public Texts text() {
        return text;
    }
}
