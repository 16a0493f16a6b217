package org.medaid.security;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The first half of a login, before the store opens (ADR 0033): the name's delay is checked, the store
 * key is unwrapped with the password from the keyring, and the attempt is counted in the keyring (a
 * wrong one raises the name's count, a right one clears it); both are queued for the audit trail, which
 * can only be written once the store is open. An unknown name costs the same work as a wrong password.
 */
public final class KeyringLogin {

    /** What came of an attempt. */
    public sealed interface Outcome permits Unlocked, Wrong, Waiting {
    }

    /** The key opens the store; {@code login} is the normalised name. */
    public record Unlocked(String login, StoreKey key) implements Outcome {
    }

    /** Name or password wrong (never said which). */
    public record Wrong() implements Outcome {
    }

    /** The name must wait until {@code until} after too many wrong passwords. */
    public record Waiting(Instant until) implements Outcome {
    }

    /** Made on first use: an unknown name is refused after as much work as a wrong password. */
    private static final class Decoy {
        static final KeyWrap.Wrapped WRAPPED = new KeyWrap().wrap(StoreKey.random(), "decoy".toCharArray(), "decoy");
    }

    private final Path folder;
    private final LoginThrottle throttle;

    public KeyringLogin(Path folder, LoginThrottle throttle) {
        this.folder = folder;
        this.throttle = throttle;
    }

    /** Tries {@code password} for {@code login}; synchronized so two attempts never lose a count. */
    public Outcome unlock(String login, char[] password) {
        String name = normalize(login);
        return attempt(RecoveryCode.ENTRY.equals(name) ? "" : name, password);
    }

    /** The store key from the recovery code; wrong codes are counted under the recovery entry's name. */
    public Outcome recover(String code) {
        return attempt(RecoveryCode.ENTRY, RecoveryCode.normalize(code));
    }

    /** Counted and queued under a lock, so two attempts at once never lose a count. */
    private Outcome attempt(String name, char[] secret) {
        synchronized (LoginLog.class) {
            return attemptLocked(name, secret);
        }
    }

    private Outcome attemptLocked(String name, char[] secret) {
        Keyring ring = Keyring.read(folder).orElseThrow(() -> new IllegalStateException("no keyring in " + folder));
        LoginLog log = LoginLog.read(folder);
        Optional<Instant> wait = throttle.waitUntil(log.failures().get(name));
        if (wait.isPresent()) {
            return new Waiting(wait.get());
        }
        KeyWrap.Wrapped entry = ring.entries().get(name);
        org.medaid.logging.Timing.mark("login: keyring read, deriving");
        Optional<StoreKey> key = entry == null ? KeyWrap.unwrap(Decoy.WRAPPED, secret, "decoy").filter(k -> false)
                : KeyWrap.unwrap(entry, secret, name).filter(k -> k.id().equals(ring.keyId()));
        org.medaid.logging.Timing.mark("login: derived");
        long now = throttle.clock().millis();
        if (key.isEmpty()) {
            log.after(name, throttle.oneMore(log.failures().get(name)), new LoginLog.Attempt(name, now, false)).write(folder);
            return new Wrong();
        }
        log.after(name, null, new LoginLog.Attempt(name, now, true)).write(folder);
        if (KeyWrap.needsRewrap(entry)) {
            rewrap(name, entry, key.get(), secret);
        }
        return new Unlocked(name, key.get());
    }

    /**
     * An entry written before today's derivation (ADR 0099) is wrapped again with the secret that just opened it,
     * once; a keyring that cannot be written leaves the old entry, which still opens, and the login goes on.
     */
    private void rewrap(String name, KeyWrap.Wrapped entry, StoreKey key, char[] secret) {
        try {
            new KeyringWriter(folder).rewrap(key, name, entry, secret);
        } catch (KeyringException e) {
            org.slf4j.LoggerFactory.getLogger(KeyringLogin.class).warn("the keyring entry stays as it was: {}",
                    e.getClass().getSimpleName());
        }
    }

    /** The keyring and the login log of {@code folder} read, nothing written: while the clerk types (ADR 0099). */
    public static void warmUp(Path folder) {
        Keyring.read(folder);
        LoginLog.warmUp(folder);
    }

    /** Login names are compared without case, as the users service stores them. */
    public static String normalize(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
