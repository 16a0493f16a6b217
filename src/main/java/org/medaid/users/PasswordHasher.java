package org.medaid.users;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * PBKDF2WithHmacSHA256 password hashes with a random 16-byte salt per user (ADR 0020). The iteration
 * count is stored with each hash, so raising {@link #ITERATIONS} later re-hashes a password at its next
 * successful login; comparison takes the same time whatever the input.
 */
public final class PasswordHasher {

    /** At least 120,000 (the floor the schema enforces); 210,000 follows OWASP's 2023 table for this PRF. */
    public static final int ITERATIONS = 210_000;
    static final int MIN_ITERATIONS = 120_000;
    private static final int SALT_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final int iterations;

    public PasswordHasher() {
        this(ITERATIONS);
    }

    PasswordHasher(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("PBKDF2 needs at least " + MIN_ITERATIONS + " iterations");
        }
        this.iterations = iterations;
    }

    /** A salted hash of {@code password}, all three parts as they are stored. */
    public Hash hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new Hash(encode(derive(password, salt, iterations)), encode(salt), iterations);
    }

    /** Whether {@code password} hashes to {@code stored}; constant time in the compared bytes. */
    public boolean matches(char[] password, Hash stored) {
        byte[] expected = Base64.getDecoder().decode(stored.hash());
        byte[] actual = derive(password, Base64.getDecoder().decode(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    /** Work as long as a real check, so an unknown login name takes as long to refuse as a wrong password. */
    void burn(char[] password) {
        derive(password, new byte[SALT_BYTES], iterations);
    }

    /** A stored hash asks to be recomputed when it was made with fewer iterations than today's. */
    public boolean needsRehash(Hash stored) {
        return stored.iterations() < iterations;
    }

    /** PBKDF2WithHmacSHA256 at 256 bits, the same bytes as the JDK's, through the desk's one PBKDF2 (ADR 0099). */
    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        return org.medaid.security.Pbkdf2.derive256(password, salt, iterations);
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The stored form: Base64 hash and salt, and the iteration count. */
    public record Hash(String hash, String salt, int iterations) {

        @Override
        public String toString() {
            return "Hash[hidden]";
        }
    }
}
