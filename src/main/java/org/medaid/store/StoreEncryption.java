package org.medaid.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.tools.ChangeFileEncryption;
import org.medaid.security.StoreKey;

/**
 * Encrypts a plain store in place (the first login after the upgrade, ADR 0033): H2's
 * {@link ChangeFileEncryption} rewrites the closed file with AES under the key's file password, then the
 * store's old administrator ({@code medaid}, no password) hands over to the key's owner user and is
 * dropped. The caller has taken a verified backup first and holds no connection to the store.
 */
public final class StoreEncryption {

    private StoreEncryption() {
    }

    /** Whether {@code folder} holds a store file at all. */
    public static boolean hasStore(Path folder) {
        return Files.isRegularFile(folder.resolve("medaid.mv.db"));
    }

    /** Whether the store file of {@code folder} is AES-encrypted (H2's encrypted files start with "H2encrypt"). */
    public static boolean isEncrypted(Path folder) {
        Path file = folder.resolve("medaid.mv.db");
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(9);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("H2encrypt");
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the store files of a first run that ended before any user could open them again. */
    public static void discardUnreadable(Path folder) {
        for (String f : new String[] {"medaid.mv.db", "medaid.trace.db", "keyring.json", StoreTip.FILE}) {
            try {
                Files.deleteIfExists(folder.resolve(f));
            } catch (java.io.IOException e) {
                throw new StoreException("cannot remove " + folder.resolve(f) + ": " + e.getMessage(), e);
            }
        }
    }

    public static void encryptInPlace(Path folder, StoreKey key) {
        Path dir = folder.toAbsolutePath();
        try {
            ChangeFileEncryption.execute(dir.toString(), "medaid", "AES", null, key.filePassword(), true);
            StoreCredentials owner = StoreCredentials.encrypted(key);
            String url = owner.ownerUrl(dir);
            try (Connection c = DriverManager.getConnection(url, "medaid", "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE USER " + StoreCredentials.OWNER + " PASSWORD '" + new String(key.ownerPassword()) + "' ADMIN");
            }
            try (Connection c = owner.ownerConnection(dir); Statement s = c.createStatement()) {
                s.execute("DROP USER medaid");
                s.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            throw Sql.failure("cannot encrypt the store in " + dir, e);
        }
    }
}
