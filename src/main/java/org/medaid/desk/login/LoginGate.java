package org.medaid.desk.login;

import java.time.Clock;
import org.medaid.access.LoginResult;
import org.medaid.access.StoreAccess;
import org.medaid.users.AuthService;

/**
 * What the login screen asks (ADR 0033): whether anyone can log in yet, and a login. The first administrator
 * is made only by the first-run wizard (ADR 0082); a gate without users gets a sentence saying so. At start-up
 * the gate is the data folder's {@link StoreAccess} (the store opens at login); over an open store it is the
 * users service.
 */
public interface LoginGate {

    boolean hasUsers();

    LoginResult login(String login, char[] password);

    /**
     * A login that tells {@code checkProgress} (parts passed, parts in all, on the login's thread) when it checks the
     * store whole before opening it: a store that migrates after an update, or one just restored (ADR 0106).
     */
    default LoginResult login(String login, char[] password, java.util.function.BiConsumer<Integer, Integer> checkProgress) {
        return login(login, password);
    }

    /** Whether the recovery code can be used here (at start-up, before the store is open). */
    default boolean canRecover() {
        return false;
    }

    /**
     * The forgotten administrator's password set with the recovery code, then that administrator logged in; refused
     * where {@link #canRecover} is false.
     */
    LoginResult recoverAdministrator(String code, String login, char[] password);

    /** The login of the desk's start: nothing is open until a password opens it. */
    static LoginGate over(StoreAccess access, Clock clock) {
        return new LoginGate() {
            @Override
            public boolean hasUsers() {
                return access.state() != StoreAccess.State.FIRST_RUN
                        && access.database().map(db -> new AuthService(db, clock).hasUsers()).orElse(true);
            }

            @Override
            public LoginResult login(String login, char[] password) {
                return access.login(login, password);
            }

            @Override
            public LoginResult login(String login, char[] password, java.util.function.BiConsumer<Integer, Integer> checkProgress) {
                access.onCheckProgress(checkProgress);
                try {
                    return access.login(login, password);
                } finally {
                    // the check after the first page reports to the status bar's note, which sets its own (StoreCheckNoteView)
                    access.onCheckProgress(null);
                }
            }

            @Override
            public boolean canRecover() {
                return access.state() == StoreAccess.State.ENCRYPTED;
            }

            @Override
            public LoginResult recoverAdministrator(String code, String login, char[] password) {
                return access.recoverAdministrator(code, login, password);
            }
        };
    }

    /** Over a store already open (its users checked there). */
    static LoginGate over(AuthService auth) {
        return new LoginGate() {
            @Override
            public boolean hasUsers() {
                return auth.hasUsers();
            }

            @Override
            public LoginResult login(String login, char[] password) {
                return auth.login(login, password).<LoginResult>map(s -> new LoginResult.LoggedIn(auth.database(),
                        auth.byId(s.userId()).orElseThrow(), s, false)).orElseGet(LoginResult.Refused::new);
            }

            @Override
            public LoginResult recoverAdministrator(String code, String login, char[] password) {
                // the recovery code is for the start, before any store is open: here it opens nothing, as a wrong code
                return new LoginResult.Refused();
            }
        };
    }
}
