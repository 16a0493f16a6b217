package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.h2.engine.SysProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.Bytes;
import org.medaid.security.StoreKey;

/**
 * ADR 0108: H2 spills a query result larger than its in-memory limit into a file of its own in the system's temporary
 * folder, and encrypts that file only under its own {@code CIPHER=AES}. Since ADR 0107 the store is encrypted by the
 * desk's file path instead, so such a file would hold personal data in clear (seen: a sorted result of 200,000 rows
 * in an {@code h2tmp….temp.db} of 11 MB, every value readable). Every open of the desk keeps results in the heap, and
 * this test runs a result past H2's limit through each of them: no temporary file appears.
 */
class TemporaryResultsTest {

    private static final String MARKER = "临时文件里不能有明文张秀英";
    /** More rows than H2 keeps in memory by default in this JVM (40,000 per GB of heap). */
    private static final int ROWS = SysProperties.MAX_MEMORY_ROWS + 10_000;

    @TempDir
    Path dir;

    @Test
    void aResultLargerThanH2sMemoryLimitWritesNoTemporaryFileOnAnyOpen() throws Exception {
        StoreKey key = StoreKey.random();
        Path store = dir.resolve("desk");
        try (Database db = Database.open(store, key)) {
            assertNoTemporaryFile("a read of the work open", () -> db.read(this::sortedLargeResult));
            assertNoTemporaryFile("a transaction of the work open", () -> db.inTransaction(this::sortedLargeResult));
            Path zip = dir.resolve("h2.zip");
            db.backupTo(zip);
            Path copy = dir.resolve("copy");
            Files.createDirectories(copy);
            try (var z = new java.util.zip.ZipFile(zip.toFile())) {
                Files.write(copy.resolve("medaid.mv.db"), z.getInputStream(z.getEntry("medaid.mv.db")).readAllBytes());
            }
            assertNoTemporaryFile("a backup's copy being verified", () -> Database.readCopyWith(copy, key, 1, r -> r.read(this::sortedLargeResult)));
        }
        try (Database db = Database.openForReading(store, key)) {
            assertNoTemporaryFile("the open for the login's check", () -> db.read(this::sortedLargeResult));
        }
    }

    /** Sorted, so H2 must gather every row before the first; reads all of them. */
    private long sortedLargeResult(Tx c) throws SQLException {
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT X, ? || X AS V FROM SYSTEM_RANGE(1, ?) ORDER BY V DESC")) {
            ps.setString(1, MARKER);
            ps.setInt(2, ROWS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    if (rows == ROWS - 1) {
                        // the result is complete here: were it in a file, the file would hold every row
                        found.addAll(newTemporaryFiles());
                    }
                }
            }
        }
        assertEquals(ROWS, rows);
        return rows;
    }

    private final List<String> found = new ArrayList<>();
    private List<Path> before = List.of();

    private interface Work {
        void run() throws Exception;
    }

    private void assertNoTemporaryFile(String where, Work work) throws Exception {
        before = temporaryFiles();
        found.clear();
        work.run();
        assertTrue(found.isEmpty(), where + ": H2 wrote a query's rows into " + found);
    }

    private List<String> newTemporaryFiles() {
        List<String> out = new ArrayList<>();
        for (Path p : temporaryFiles()) {
            if (!before.contains(p)) {
                out.add(p + describe(p));
            }
        }
        return out;
    }

    private static String describe(Path p) {
        try {
            byte[] b = Files.readAllBytes(p);
            return " (" + b.length + " bytes, begins " + new String(b, 0, Math.min(8, b.length), StandardCharsets.ISO_8859_1).strip()
                    + ", a value in clear: " + Bytes.containsText(b, MARKER) + ")";
        } catch (IOException e) {
            return " (unreadable: " + e.getMessage() + ")";
        }
    }

    private static List<Path> temporaryFiles() {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> p.getFileName().toString().startsWith("h2tmp")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the temporary folder: " + e.getMessage(), e);
        }
    }
}
