package org.medaid.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The random 256-bit key of one desk's store (ADR 0033). It exists in clear only in memory: on disk it is
 * always wrapped ({@link KeyWrap}). Every other secret the store needs is derived from it with
 * HMAC-SHA256 under a label, so one key opens the file, logs the store's owner and app users in, and
 * signs backups, and none of the derived values reveals another.
 */
public final class StoreKey {

    private static final int BYTES = 32;
    private final byte[] key;

    private StoreKey(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("a store key has " + BYTES + " bytes");
        }
        this.key = key.clone();
    }

    public static StoreKey random() {
        byte[] b = new byte[BYTES];
        new SecureRandom().nextBytes(b);
        return new StoreKey(b);
    }

    static StoreKey of(byte[] bytes) {
        return new StoreKey(bytes);
    }

    byte[] bytes() {
        return key.clone();
    }

    /** H2's file password (CIPHER=AES): hex of a derived value, never the key itself. */
    public char[] filePassword() {
        return hex("h2-file");
    }

    /** The password of the store's owner (runs migrations, backups, shutdown). */
    public char[] ownerPassword() {
        return hex("h2-owner");
    }

    /** The password of the restricted user the desk works as (no DDL). */
    public char[] appPassword() {
        return hex("h2-app");
    }

    /** The key of a backup's MAC. */
    public byte[] macKey() {
        return derive("backup-mac");
    }

    /** A public name of this key: two stores with the same id share the key (the same desk or its backup). */
    public String id() {
        return HexFormat.of().formatHex(Arrays.copyOf(derive("key-id"), 16));
    }

    private char[] hex(String label) {
        return HexFormat.of().formatHex(derive(label)).toCharArray();
    }

    private byte[] derive(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreKey k && java.security.MessageDigest.isEqual(key, k.key);
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }

    @Override
    public String toString() {
        return "StoreKey[" + id() + "]";
    }
}
