package org.medaid.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step of ADR 0096: the font's jar entry stored, its bytes and every other entry unchanged. */
class StoredFontTest {

    private static final String FONT = CjkFont.BUNDLED.substring(1);

    @Test
    void theFontEntryIsStoredWithTheSameBytesAndTheRestIsUntouched(@TempDir Path dir) throws IOException {
        byte[] font;
        try (InputStream in = CjkFont.class.getResourceAsStream(CjkFont.BUNDLED)) {
            font = in.readAllBytes();
        }
        Map<String, byte[]> others = new LinkedHashMap<>();
        others.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nMain-Class: org.medaid.app.Launcher\r\n\r\n".getBytes());
        others.put("org/medaid/print/print.properties", "a=\\u4e00\n".repeat(200).getBytes());
        Path jar = dir.resolve("medaid-desk.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (var e : others.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
            zip.putNextEntry(new ZipEntry(FONT));
            zip.write(font);
        }
        assertEquals(ZipEntry.DEFLATED, method(jar, FONT), "deflated before");

        StoredFont.main(new String[] {jar.toString()});

        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(FONT);
            assertEquals(ZipEntry.STORED, entry.getMethod());
            assertEquals(font.length, entry.getCompressedSize());
            try (InputStream in = zip.getInputStream(entry)) {
                assertArrayEquals(font, in.readAllBytes());
            }
            for (var e : others.entrySet()) {
                ZipEntry other = zip.getEntry(e.getKey());
                assertEquals(ZipEntry.DEFLATED, other.getMethod(), e.getKey());
                try (InputStream in = zip.getInputStream(other)) {
                    assertArrayEquals(e.getValue(), in.readAllBytes(), e.getKey());
                }
            }
        }
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            assertEquals("org.medaid.app.Launcher", jarFile.getManifest().getMainAttributes().getValue("Main-Class"));
        }
        // read back as the font thread reads it: one array of the size the stored entry announces
        try (ZipFile zip = new ZipFile(jar.toFile()); InputStream in = zip.getInputStream(zip.getEntry(FONT))) {
            assertArrayEquals(font, CjkFont.readWhole(in));
        }
    }

    @Test
    void aJarWithoutTheFontIsAnError(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("empty.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\r\n\r\n".getBytes());
        }
        assertThrows(NoSuchFileException.class, () -> StoredFont.main(new String[] {jar.toString()}));
    }

    private static int method(Path jar, String name) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(name).getMethod();
        }
    }
}
