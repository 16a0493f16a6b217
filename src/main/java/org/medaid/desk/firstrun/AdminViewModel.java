package org.medaid.desk.firstrun;

import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.security.AdministratorPasswords;

/**
 * Step 2: the administrator's account: login name, the name shown in the audit trail, the password
 * twice. Each field says what is wrong as it is typed; the account is created by the users service
 * (which hashes the password) only when the whole first run is finished.
 */
public final class AdminViewModel {

    /** The users service's rule for login names (AuthService). */
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{2,32}");

    private final StringProperty login = new SimpleStringProperty("admin");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");

    private final StringBinding loginProblem = Bindings.createStringBinding(
            () -> LOGIN.matcher(normal(login.get())).matches() ? "" : "firstrun.admin.login.invalid", login);
    private final StringBinding displayNameProblem = Bindings.createStringBinding(() -> {
        String n = displayName.get() == null ? "" : displayName.get().strip();
        return n.isEmpty() ? "firstrun.admin.name.missing" : n.length() > 32 ? "firstrun.admin.name.long" : "";
    }, displayName);
    private final StringBinding passwordProblem = Bindings.createStringBinding(
            () -> AdministratorPasswords.check(normal(login.get()), password.get()).map(AdminViewModel::key).orElse(""),
            login, password);
    private final StringBinding repeatProblem = Bindings.createStringBinding(
            () -> repeat.get().isEmpty() || repeat.get().equals(password.get()) ? "" : "firstrun.admin.repeat.differs",
            password, repeat);
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> loginProblem.get().isEmpty()
            && displayNameProblem.get().isEmpty() && passwordProblem.get().isEmpty() && repeat.get().equals(password.get()),
            loginProblem, displayNameProblem, passwordProblem, repeat);

    /** Bundle key of what is wrong with the login name; empty when fine. */
    public StringBinding loginProblem() {
        return loginProblem;
    }

    public StringBinding displayNameProblem() {
        return displayNameProblem;
    }

    public StringBinding passwordProblem() {
        return passwordProblem;
    }

    /** Shown once the second password is typed and differs. */
    public StringBinding repeatProblem() {
        return repeatProblem;
    }

    public BooleanBinding valid() {
        return valid;
    }

    /** The first problem of the step, for the message under the form; empty when the step is complete. */
    public Optional<String> firstProblem() {
        for (String p : new String[] {loginProblem().get(), displayNameProblem().get(), passwordProblem().get()}) {
            if (!p.isEmpty()) {
                return Optional.of(p);
            }
        }
        return repeat.get().equals(password.get()) ? Optional.empty() : Optional.of("firstrun.admin.repeat.differs");
    }

    static String normal(String s) {
        return s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    /** The bundle key of the sentence for {@code problem}: the one first start's rule for the administrator (ADR 0082). */
    public static String key(AdministratorPasswords.Problem problem) {
        return "password.problem." + problem.name();
    }
}
