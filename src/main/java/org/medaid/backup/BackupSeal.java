package org.medaid.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.medaid.security.StoreKey;

/**
 * The MAC of a backup (ADR 0033): HMAC-SHA256 under a key derived from the store key, over the SHA-256
 * of the manifest, the keyring and the database file. Whoever does not hold the store key cannot make
 * one: a manifest recomputed after changing rows no longer passes.
 */
final class BackupSeal {

    private static final byte[] LABEL = "medaid-backup-mac/1".getBytes(StandardCharsets.UTF_8);
    private final byte[] key;

    BackupSeal(StoreKey storeKey) {
        this.key = storeKey.macKey();
    }

    byte[] mac(byte[] manifest, byte[] keyring, byte[] databaseDigest) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(LABEL);
            mac.update(sha256(manifest));
            mac.update(sha256(keyring));
            mac.update(databaseDigest);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    /** Whether {@code c} carries the MAC this key makes; constant time. */
    boolean matches(BackupFiles.Contents c) {
        return c.mac() != null && c.keyring() != null
                && MessageDigest.isEqual(c.mac(), mac(c.manifest(), c.keyring(), c.databaseDigest()));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Copies {@code in} to {@code out} and returns the SHA-256 of what went through. */
    static byte[] copyDigesting(InputStream in, OutputStream out) throws IOException {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                d.update(buf, 0, n);
                out.write(buf, 0, n);
            }
            return d.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
