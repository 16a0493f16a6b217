package org.medaid.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The delay after wrong passwords (ADR 0033): the first {@value #FREE_TRIES} wrong passwords for a login
 * name cost nothing; from then on each one makes the name wait 30 seconds, doubling with every further
 * wrong password, at most 15 minutes. The counts live in the keyring, so a restart does not reset them;
 * a right password does. The clock is injected: tests never sleep.
 */
public final class LoginThrottle {

    public static final int FREE_TRIES = 5;
    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration MOST = Duration.ofMinutes(15);

    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long a name with {@code wrong} consecutive wrong passwords waits after the last one. */
    public static Duration delayAfter(int wrong) {
        if (wrong < FREE_TRIES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(wrong - FREE_TRIES, 10);
        Duration d = FIRST.multipliedBy(1L << doublings);
        return d.compareTo(MOST) > 0 ? MOST : d;
    }

    /** When the name may try again, if that is still in the future. */
    public Optional<Instant> waitUntil(LoginLog.Failures f) {
        if (f == null) {
            return Optional.empty();
        }
        Instant until = Instant.ofEpochMilli(f.lastAtMillis()).plus(delayAfter(f.count()));
        return until.isAfter(clock.instant()) ? Optional.of(until) : Optional.empty();
    }

    /** The counts after one more wrong password now. */
    public LoginLog.Failures oneMore(LoginLog.Failures f) {
        return new LoginLog.Failures(f == null ? 1 : f.count() + 1, clock.millis());
    }

    public Clock clock() {
        return clock;
    }
}
