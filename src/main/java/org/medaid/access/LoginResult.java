package org.medaid.access;

import org.medaid.session.Session;

import java.time.Instant;
import org.medaid.store.Database;
import org.medaid.users.User;

/** What came of a login at the desk (ADR 0033): one value the screens and the session take. */
public sealed interface LoginResult {

    /**
     * The store is open and {@code user} is logged in with {@code session} (the one the services take, ADR 0034); {@code needsRecoveryCode} when an administrator
     * must now be shown a new recovery code to print (first run, upgrade, or a code never confirmed).
     */
    record LoggedIn(Database database, User user, Session session, boolean needsRecoveryCode) implements LoginResult {
    }

    /** Name or password wrong: the screen never says which. */
    record Refused() implements LoginResult {
    }

    /** Too many wrong passwords for this name: it may try again at {@code until}. */
    record Waiting(Instant until) implements LoginResult {
    }
}
