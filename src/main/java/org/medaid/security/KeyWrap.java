package org.medaid.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps the store key under a secret a person knows (a password or the recovery code): PBKDF2 with
 * HMAC-SHA256 from the JDK derives a 256-bit key from the secret and a random salt, and AES-GCM seals
 * the store key with it, the entry's name as associated data (an entry moved to another name does not
 * open). A wrong secret fails the GCM tag: nothing is learnt but "wrong".
 */
public final class KeyWrap {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    static final int MIN_ITERATIONS = 100_000;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;

    /** Iterations of one warm-up derivation: between two, the warm-up sees whether a login began. */
    private static final int WARM_UP_CHUNK = 20_000;
    /** Set by the first real unwrap: a warm-up still running then stops, leaving the cores to it. */
    private static volatile boolean unwrapping;

    private final SecureRandom random = new SecureRandom();
    private final int iterations;

    public KeyWrap() {
        this(ITERATIONS);
    }

    /** Fewer iterations for tests only: the floor keeps a production value from sliding down. */
    public KeyWrap(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("PBKDF2 needs at least " + MIN_ITERATIONS + " iterations");
        }
        this.iterations = iterations;
    }

    /** The wrapped form of {@code key} under {@code secret}, for the entry {@code name}. */
    public Wrapped wrap(StoreKey key, char[] secret, String name) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, secret, salt, iterations, nonce, name);
            byte[] sealed = c.doFinal(key.bytes());
            return new Wrapped(b64(salt), iterations, b64(nonce), b64(sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
        }
    }

    /** The store key, or empty when {@code secret} is not the one it was wrapped under. */
    public static Optional<StoreKey> unwrap(Wrapped w, char[] secret, String name) {
        unwrapping = true;
        if (w.iterations() < MIN_ITERATIONS) {
            return Optional.empty();
        }
        Base64.Decoder d = Base64.getDecoder();
        try {
            Cipher c = cipher(Cipher.DECRYPT_MODE, secret, d.decode(w.salt()), w.iterations(), d.decode(w.nonce()), name);
            return Optional.of(StoreKey.of(c.doFinal(d.decode(w.sealed()))));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Runs the unwrap's own code, PBKDF2-HMAC-SHA256 then an AES-GCM tag check that fails, on a throwaway secret
     * and an all-zero salt, for about {@code iterations} iterations in all (ADR 0081): started while the clerk
     * types, it lets the JIT compile that code before the login derives the real key, which a cold JVM would
     * otherwise run half in the interpreter. The real derivation keeps its full cost (the stored iterations);
     * nothing derived here is kept. Stops between two derivations of {@value #WARM_UP_CHUNK} iterations once a
     * real unwrap has begun.
     */
    public static void warmUp(int iterations) {
        char[] secret = "warm-up".toCharArray();
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        for (int done = 0; done < iterations && !unwrapping; done += WARM_UP_CHUNK) {
            try {
                cipher(Cipher.DECRYPT_MODE, secret, salt, WARM_UP_CHUNK, nonce, "warm-up").doFinal(new byte[48]);
            } catch (AEADBadTagException expected) {
                // the throwaway secret opens nothing: the path of a wrong password, compiled as well
            } catch (GeneralSecurityException e) {
                return;
            }
        }
    }

    private static Cipher cipher(int mode, char[] secret, byte[] salt, int iterations, byte[] nonce, String name)
            throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, 256);
        try {
            byte[] k = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(k, "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(("medaid-keyring/1|" + name).getBytes(StandardCharsets.UTF_8));
            return c;
        } finally {
            spec.clearPassword();
        }
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    /** One wrapped copy of the store key as the keyring stores it (Base64 parts). */
    public record Wrapped(String salt, int iterations, String nonce, String sealed) {
    }
}
