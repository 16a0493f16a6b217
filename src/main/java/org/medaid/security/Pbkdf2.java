package org.medaid.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * PBKDF2-HMAC-SHA256 (RFC 8018 §5.2) one output block at a time, on the JDK's SHA-256 (ADR 0099). The result is
 * the JDK's {@code PBKDF2WithHmacSHA256} bit for bit (the password UTF-8 encoded, as the JDK does; checked on
 * random inputs by {@code Pbkdf2Test}); the difference is the work per iteration. HMAC's key pads are hashed once
 * and their SHA-256 states copied for every iteration, so an iteration is two SHA-256 compressions where the
 * JDK's HMAC does four, which is what anyone guessing passwords does anyway: the cost to an attacker is
 * unchanged, only the desk's own wasted half goes. Each block is independent of the others, so
 * {@link KeyWrap} computes the blocks of one key on separate cores.
 */
public final class Pbkdf2 {

    private static final int BLOCK = 64;
    private static final int CHUNK = 1_000;
    static final int OUT = 32;

    private Pbkdf2() {
    }

    /**
     * PBKDF2-HMAC-SHA256 of {@code password} with a 256-bit output: the JDK's {@code PBKDF2WithHmacSHA256} at 256 bits,
     * at half its work (the users' stored password hashes, ADR 0020, and a one-lane key wrap).
     */
    public static byte[] derive256(char[] password, byte[] salt, int iterations) {
        byte[] bytes = passwordBytes(password);
        try {
            return block(bytes, salt, iterations, 1);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The password as PBKDF2 takes it: UTF-8, as the JDK's PBKDF2 encodes a {@code char[]}. Clear it after use. */
    static byte[] passwordBytes(char[] password) {
        ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        if (b.hasArray()) {
            Arrays.fill(b.array(), (byte) 0);
        }
        return bytes;
    }

    /** Output block {@code index} (from 1) of PBKDF2-HMAC-SHA256 over {@code password} and {@code salt}. */
    static byte[] block(byte[] password, byte[] salt, int iterations, int index) {
        if (iterations < 1 || index < 1) {
            throw new IllegalArgumentException("PBKDF2 needs iterations and a block index of at least 1");
        }
        MessageDigest inner = sha256();
        MessageDigest outer = sha256();
        byte[] key = password.length > BLOCK ? sha256().digest(password) : password;
        byte[] pad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            pad[i] = (byte) ((i < key.length ? key[i] : 0) ^ 0x36);
        }
        inner.update(pad);
        for (int i = 0; i < BLOCK; i++) {
            pad[i] = (byte) ((i < key.length ? key[i] : 0) ^ 0x5c);
        }
        outer.update(pad);
        Arrays.fill(pad, (byte) 0);
        if (key != password) {
            Arrays.fill(key, (byte) 0);
        }
        byte[] u = new byte[OUT];
        byte[] t = new byte[OUT];
        byte[] mid = new byte[OUT];
        byte[] first = Arrays.copyOf(salt, salt.length + 4);
        first[salt.length] = (byte) (index >>> 24);
        first[salt.length + 1] = (byte) (index >>> 16);
        first[salt.length + 2] = (byte) (index >>> 8);
        first[salt.length + 3] = (byte) index;
        hmac(inner, outer, first, mid, u);
        System.arraycopy(u, 0, t, 0, OUT);
        for (int done = 1; done < iterations; done += CHUNK) {
            iterate(inner, outer, u, t, mid, Math.min(CHUNK, iterations - done));
        }
        Arrays.fill(u, (byte) 0);
        Arrays.fill(mid, (byte) 0);
        return t;
    }

    /**
     * {@code n} iterations: U = HMAC(U), T ^= U. A method of its own, called once per {@value #CHUNK} iterations, so
     * the login's warm-up gets it compiled whole by the JIT, and the real derivation runs compiled from its start.
     */
    private static void iterate(MessageDigest inner, MessageDigest outer, byte[] u, byte[] t, byte[] mid, int n) {
        for (int i = 0; i < n; i++) {
            hmac(inner, outer, u, mid, u);
            for (int j = 0; j < OUT; j++) {
                t[j] ^= u[j];
            }
        }
    }

    /** HMAC of {@code message} into {@code out}, from copies of the two pads' states ({@code mid} is scratch). */
    private static void hmac(MessageDigest inner, MessageDigest outer, byte[] message, byte[] mid, byte[] out) {
        try {
            MessageDigest in = (MessageDigest) inner.clone();
            in.update(message);
            in.digest(mid, 0, OUT);
            MessageDigest on = (MessageDigest) outer.clone();
            on.update(mid);
            on.digest(out, 0, OUT);
        } catch (CloneNotSupportedException | java.security.DigestException e) {
            throw new IllegalStateException("the JDK's SHA-256 copies its state and writes 32 bytes", e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
