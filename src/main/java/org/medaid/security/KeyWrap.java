package org.medaid.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps the store key under a secret a person knows (a password or the recovery code): PBKDF2 with
 * HMAC-SHA256 derives a 256-bit key from the secret and a random salt, and AES-GCM seals the store key with
 * it, the entry's name as associated data (an entry moved to another name does not open). A wrong secret
 * fails the GCM tag: nothing is learnt but "wrong".
 *
 * <p>ADR 0099: an entry wrapped now is in {@value #LANES} lanes: PBKDF2's output blocks 1 and 2, each of
 * {@value #ITERATIONS} / {@value #LANES} iterations, computed on two cores at once, and the key is SHA-256 of
 * a label and both blocks. Whoever tests a guessed password must compute both blocks, {@value #ITERATIONS}
 * iterations in all, as before; the desk waits for half of them. An entry without lanes (written before) is
 * PBKDF2's first block of its iterations, as the JDK computed it, and is wrapped again in lanes at its next
 * successful unwrap ({@link #needsRewrap}).
 */
public final class KeyWrap {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256: the iterations of all lanes together, a guess's cost. */
    public static final int ITERATIONS = 600_000;
    static final int MIN_ITERATIONS = 100_000;
    /** PBKDF2 output blocks of one key, computed side by side (ADR 0099). */
    public static final int LANES = 2;
    private static final byte[] LANES_LABEL = "medaid-keyring/lanes".getBytes(StandardCharsets.US_ASCII);
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

    /**
     * Fewer iterations for tests only (all lanes together): the floor keeps a production value from sliding down.
     */
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
            int perLane = (iterations + LANES - 1) / LANES;
            Cipher c = cipher(Cipher.ENCRYPT_MODE, secret, salt, perLane, LANES, nonce, name);
            byte[] sealed = c.doFinal(key.bytes());
            return new Wrapped(b64(salt), perLane, b64(nonce), b64(sealed), LANES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
        }
    }

    /** The store key, or empty when {@code secret} is not the one it was wrapped under. */
    public static Optional<StoreKey> unwrap(Wrapped w, char[] secret, String name) {
        unwrapping = true;
        int lanes = w.laneCount();
        if (lanes < 1 || lanes > LANES || w.work() < MIN_ITERATIONS) {
            return Optional.empty();
        }
        Base64.Decoder d = Base64.getDecoder();
        try {
            Cipher c = cipher(Cipher.DECRYPT_MODE, secret, d.decode(w.salt()), w.iterations(), lanes, d.decode(w.nonce()), name);
            return Optional.of(StoreKey.of(c.doFinal(d.decode(w.sealed()))));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code w} opened today would better be wrapped again: written before lanes, or with less work. */
    public static boolean needsRewrap(Wrapped w) {
        return w.laneCount() != LANES || w.work() < ITERATIONS;
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
                cipher(Cipher.DECRYPT_MODE, secret, salt, WARM_UP_CHUNK / LANES, LANES, nonce, "warm-up").doFinal(new byte[48]);
            } catch (AEADBadTagException expected) {
                // the throwaway secret opens nothing: the path of a wrong password, compiled as well
            } catch (GeneralSecurityException e) {
                return;
            }
        }
    }

    private static Cipher cipher(int mode, char[] secret, byte[] salt, int iterations, int lanes, byte[] nonce,
            String name) throws GeneralSecurityException {
        byte[] k = derive(secret, salt, iterations, lanes);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(k, "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(("medaid-keyring/1|" + name).getBytes(StandardCharsets.UTF_8));
            return c;
        } finally {
            java.util.Arrays.fill(k, (byte) 0);
        }
    }

    /**
     * The wrapping key: one lane is PBKDF2's first block (the JDK's {@code PBKDF2WithHmacSHA256}, 256 bits); two
     * lanes are its blocks 1 and 2, block 2 on a thread of its own while this one computes block 1, joined by
     * SHA-256 under a label, so neither block alone says anything about the key.
     */
    static byte[] derive(char[] secret, byte[] salt, int iterations, int lanes) {
        if (lanes == 1) {
            return Pbkdf2.derive256(secret, salt, iterations);
        }
        byte[] password = Pbkdf2.passwordBytes(secret);
        try {
            java.util.concurrent.FutureTask<byte[]> second = new java.util.concurrent.FutureTask<>(
                    () -> Pbkdf2.block(password, salt, iterations, 2));
            Thread lane = new Thread(second, "key derivation lane 2");
            lane.setDaemon(true);
            lane.start();
            byte[] first = Pbkdf2.block(password, salt, iterations, 1);
            byte[] other = join(second);
            java.security.MessageDigest md = Pbkdf2.sha256();
            md.update(LANES_LABEL);
            md.update(first);
            md.update(other);
            java.util.Arrays.fill(first, (byte) 0);
            java.util.Arrays.fill(other, (byte) 0);
            return md.digest();
        } finally {
            java.util.Arrays.fill(password, (byte) 0);
        }
    }

    private static byte[] join(java.util.concurrent.FutureTask<byte[]> lane) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return lane.get();
                } catch (InterruptedException e) {
                    // the lane finishes in well under a second: the key is still wanted, the interrupt kept
                    interrupted = true;
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a key derivation lane failed", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    /**
     * One wrapped copy of the store key as the keyring stores it (Base64 parts): {@code iterations} per lane,
     * {@code lanes} absent in entries written before ADR 0099 (one lane).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Wrapped(String salt, int iterations, String nonce, String sealed, Integer lanes) {

        /** An entry of one lane, as written before ADR 0099. */
        public Wrapped(String salt, int iterations, String nonce, String sealed) {
            this(salt, iterations, nonce, sealed, null);
        }

        /** The lanes of this entry: 1 when it has none written. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public int laneCount() {
            return lanes == null ? 1 : lanes;
        }

        /** The iterations a guess at this entry costs: all lanes together. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public long work() {
            return (long) laneCount() * iterations;
        }
    }
}
