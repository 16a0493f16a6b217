package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.security.StoreKey;

/**
 * ADR 0107: H2 reads the store decrypted through {@code AesFilePath}, yet the backup it copies holds the store as H2's
 * own {@code CIPHER=AES} writes it: encrypted, nothing in clear, readable by H2 with the key's file password.
 */
class SealedBackupTest {

    private static final String MARKER = "备份里不能有明文的记录内容甲乙丙";

    @TempDir
    Path dir;

    @Test
    void theBackupHoldsTheStoreEncryptedAsH2sOwnCipherReadsIt() throws Exception {
        StoreKey key = StoreKey.random();
        Path zip = dir.resolve("h2.zip");
        try (Database db = Database.open(dir.resolve("desk"), key)) {
            db.inTransaction(c -> {
                AuditWriter audit = new AuditWriter(java.time.Clock.systemUTC());
                for (int i = 0; i < 500; i++) {
                    audit.write(c, "tester", "INSERT", "person", i, null, MARKER + i);
                }
                return null;
            });
            db.backupTo(zip);
        }
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        byte[] entry;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry("medaid.mv.db");
            assertTrue(e != null, "the backup has no medaid.mv.db");
            entry = z.getInputStream(e).readAllBytes();
        }
        assertEquals("H2encrypt\n", new String(entry, 0, 10, StandardCharsets.ISO_8859_1));
        assertEquals(0, entry.length % 4096, "a store file is whole sectors");
        assertFalse(org.medaid.Bytes.containsText(entry, MARKER), "the backup holds a value in clear");
        Files.write(copy.resolve("medaid.mv.db"), entry);
        String url = "jdbc:h2:file:" + copy.resolve("medaid") + ";CIPHER=AES;IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, StoreCredentials.OWNER,
                new String(key.filePassword()) + " " + new String(key.ownerPassword()));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit WHERE new_value LIKE '%" + MARKER + "%'")) {
            rs.next();
            assertEquals(500, rs.getLong(1));
        }
    }
}
