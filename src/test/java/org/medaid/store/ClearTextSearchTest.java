package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.Bytes;

/**
 * The search the "nothing in clear" tests rely on finds Chinese text that H2 wrote in clear. H2 writes strings into
 * its pages in a form of its own, not UTF-8 (ADR 0108): searched by its UTF-8 bytes alone, a name in clear in a
 * store file goes unseen.
 */
class ClearTextSearchTest {

    private static final String NAME = "欧阳秀英";

    @TempDir
    Path dir;

    @Test
    void aChineseNameInAPlainH2FileIsFoundInH2sPageFormAndMissedInUtf8() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("medaid"), "u", "");
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE person(id BIGINT PRIMARY KEY, name VARCHAR(40))");
            s.execute("INSERT INTO person SELECT X, '" + NAME + "' FROM SYSTEM_RANGE(1, 50)");
            s.execute("SHUTDOWN");
        }
        byte[] file = Files.readAllBytes(dir.resolve("medaid.mv.db"));
        assertTrue(Bytes.containsText(file, NAME), "a value stored in clear is not found by containsText");
        assertTrue(Bytes.contains(file, Bytes.h2Page(NAME)), "H2's page form of the value is not in the plain store");
        assertFalse(Bytes.contains(file, NAME.getBytes(StandardCharsets.UTF_8)),
                "H2 now writes UTF-8 into its pages: Bytes.h2Page may be dropped, containsText still holds");
    }

    @Test
    void aNameInClearInADeflatedZipEntryIsFoundInTheEntryNotInTheZipsBytes() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("medaid"), "u", "");
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE person(id BIGINT PRIMARY KEY, name VARCHAR(40))");
            s.execute("INSERT INTO person SELECT X, '" + NAME + "' FROM SYSTEM_RANGE(1, 50)");
            s.execute("SHUTDOWN");
        }
        Path zip = dir.resolve("backup.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("medaid.mv.db"));
            Files.copy(dir.resolve("medaid.mv.db"), out);
            out.closeEntry();
        }
        assertFalse(Bytes.containsText(Files.readAllBytes(zip), NAME), "the deflated entry shows the name in the zip's own bytes");
        assertEquals(java.util.List.of("medaid.mv.db"), Bytes.entriesWithText(zip, NAME));
    }
}
