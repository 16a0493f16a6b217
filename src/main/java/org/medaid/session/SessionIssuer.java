package org.medaid.session;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one capability that makes sessions (ADR 0034). It is claimed once per class loader, by the login
 * service when its class loads; a second claim is refused, so no other code can issue a session (short of
 * reflection, which is outside what the desk defends against: ADR 0033).
 */
public final class SessionIssuer {

    private static final AtomicBoolean CLAIMED = new AtomicBoolean();

    private SessionIssuer() {
    }

    /** The issuer; throws when it was claimed before. */
    public static SessionIssuer claim() {
        if (CLAIMED.getAndSet(true)) {
            throw new IllegalStateException("the session issuer belongs to the login service");
        }
        return new SessionIssuer();
    }

    /** A session for a user whose password was just checked. */
    public Session issue(long userId, String login, String displayName, Set<Role> roles, Instant since) {
        return new Session(userId, login, displayName, roles, since);
    }
}
