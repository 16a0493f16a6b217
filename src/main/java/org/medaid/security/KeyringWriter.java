package org.medaid.security;

import java.nio.file.Path;

/**
 * Changes to the wrapped keys of a data folder's keyring while the store is open (the key is known):
 * a user's password set or changed, a user removed, a new recovery code. One synchronised writer per
 * call, so concurrent changes never drop each other's entry.
 */
public final class KeyringWriter {

    private static final Object LOCK = new Object();
    private final Path folder;
    private final KeyWrap wrap;

    public KeyringWriter(Path folder, KeyWrap wrap) {
        this.folder = folder;
        this.wrap = wrap;
    }

    public KeyringWriter(Path folder) {
        this(folder, new KeyWrap());
    }

    /** Wraps {@code key} under {@code login}'s password (a new user, a changed or reset password). */
    public void setPassword(StoreKey key, String login, char[] password) {
        String name = KeyringLogin.normalize(login);
        KeyWrap.Wrapped w = wrap.wrap(key, password, name);
        update(key, ring -> ring.withEntry(name, w));
    }

    /** A deactivated user's entry goes: their password no longer opens the store. */
    public void remove(StoreKey key, String login) {
        update(key, ring -> ring.withoutEntry(KeyringLogin.normalize(login)));
    }

    /** Wraps {@code key} under a new recovery code and returns the code, to be printed. */
    public String newRecoveryCode(StoreKey key) {
        String code = RecoveryCode.generate();
        KeyWrap.Wrapped w = wrap.wrap(key, RecoveryCode.normalize(code), RecoveryCode.ENTRY);
        update(key, ring -> ring.withEntry(RecoveryCode.ENTRY, w).withRecoveryConfirmed(false));
        return code;
    }

    /** The administrator confirmed the code is printed or written down: no new one is asked for at login. */
    public void confirmRecoveryCode(StoreKey key) {
        update(key, ring -> ring.withRecoveryConfirmed(ring.entries().containsKey(RecoveryCode.ENTRY)));
    }

    /**
     * {@code name}'s entry, if it is still {@code old}, wrapped again under the same {@code secret} with today's
     * derivation (ADR 0099); an entry changed in the meantime (a new password) is left as it is.
     */
    void rewrap(StoreKey key, String name, KeyWrap.Wrapped old, char[] secret) {
        KeyWrap.Wrapped fresh = wrap.wrap(key, secret, name);
        update(key, ring -> old.equals(ring.entries().get(name)) ? ring.withEntry(name, fresh) : ring);
    }

    private void update(StoreKey key, java.util.function.UnaryOperator<Keyring> change) {
        synchronized (LOCK) {
            Keyring ring = Keyring.read(folder).orElseGet(() -> Keyring.forKey(key));
            if (!ring.keyId().equals(key.id())) {
                throw new IllegalStateException("the keyring in " + folder + " belongs to another key");
            }
            change.apply(ring).write(folder);
        }
    }
}
