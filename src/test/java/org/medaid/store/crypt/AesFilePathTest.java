package org.medaid.store.crypt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 0107: a file written through {@link AesFilePath} is the file H2 writes with {@code CIPHER=AES}, byte format
 * and all, so stores and backups made before keep opening, and H2's own tools still read them.
 */
class AesFilePathTest {

    private static final char[] FILE_PASSWORD = "0123456789abcdef0123456789abcdef".toCharArray();
    private static final String MARKER = "湖南省邵阳市隆回县石门村张秀英430524196001010013";

    @TempDir
    Path dir;

    @Test
    void aStoreWrittenWithH2sCipherOpensThroughThisPathAndTheOtherWayRound() throws Exception {
        String db = dir.resolve("db").toString();
        String h2Url = "jdbc:h2:file:" + db + ";CIPHER=AES";
        String fastUrl = "jdbc:h2:" + AesFilePath.name(db, FILE_PASSWORD);
        try (Connection c = DriverManager.getConnection(h2Url, "u", new String(FILE_PASSWORD) + " up"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(id BIGINT PRIMARY KEY, v VARCHAR(200))");
            s.execute("CREATE INDEX t_v ON t(v)");
            s.execute("INSERT INTO t SELECT x, '" + MARKER + "' || x FROM SYSTEM_RANGE(1, 20000)");
            s.execute("SHUTDOWN");
        }
        try (Connection c = DriverManager.getConnection(fastUrl, "u", "up"); Statement s = c.createStatement()) {
            assertEquals(20000, count(s, "SELECT COUNT(*) FROM t WHERE v LIKE '" + MARKER + "%'"));
            assertEquals(1, count(s, "SELECT COUNT(*) FROM t WHERE v = '" + MARKER + "777'"));
            s.execute("INSERT INTO t SELECT x, 'later ' || x FROM SYSTEM_RANGE(20001, 30000)");
            s.execute("UPDATE t SET v = 'changed' WHERE id <= 5000");
            s.execute("SHUTDOWN");
        }
        try (Connection c = DriverManager.getConnection(h2Url, "u", new String(FILE_PASSWORD) + " up"); Statement s = c.createStatement()) {
            assertEquals(30000, count(s, "SELECT COUNT(*) FROM t"));
            assertEquals(5000, count(s, "SELECT COUNT(*) FROM t WHERE v = 'changed'"));
            assertEquals(10000, count(s, "SELECT COUNT(*) FROM t WHERE v LIKE 'later %'"));
            s.execute("SHUTDOWN COMPACT");
        }
        try (Connection c = DriverManager.getConnection(fastUrl, "u", "up"); Statement s = c.createStatement()) {
            assertEquals(15000, count(s, "SELECT COUNT(*) FROM t WHERE v LIKE '" + MARKER + "%'"));
        }
        byte[] file = Files.readAllBytes(dir.resolve("db.mv.db"));
        assertEquals("H2encrypt\n", new String(file, 0, 10, StandardCharsets.ISO_8859_1));
        assertFalse(org.medaid.Bytes.containsText(file, MARKER), "the marker is in the file in clear");
        assertFalse(org.medaid.Bytes.contains(file, "later ".getBytes(StandardCharsets.UTF_8)), "a value is in the file in clear");
    }

    @Test
    void anotherFilePasswordCannotOpenTheStore() throws Exception {
        String db = dir.resolve("db").toString();
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + AesFilePath.name(db, FILE_PASSWORD), "u", "up");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(v VARCHAR(100))");
            s.execute("INSERT INTO t VALUES ('" + MARKER + "')");
            s.execute("SHUTDOWN");
        }
        char[] other = FILE_PASSWORD.clone();
        other[0] = '9';
        String url = "jdbc:h2:" + AesFilePath.name(db, other) + ";IFEXISTS=TRUE";
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "u", "up").close());
        byte[] file = Files.readAllBytes(dir.resolve("db.mv.db"));
        assertFalse(org.medaid.Bytes.containsText(file, MARKER));
    }

    /** Any mix of writes, aligned or not, and truncations through this channel reads back alike through H2's own. */
    @Test
    void whatThisChannelWritesH2sOwnChannelReads() throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            Path file = dir.resolve("f" + seed);
            Random random = new Random(seed);
            byte[] model = new byte[0];
            try (FileChannel ours = ours(file)) {
                for (int op = 0; op < 60; op++) {
                    if (random.nextInt(10) == 0 && model.length > 0) {
                        int size = random.nextInt(model.length + 1);
                        ours.truncate(size);
                        model = Arrays.copyOf(model, size);
                    } else {
                        // never past the end: like any encrypted file, a gap would read as noise, not zeros
                        int at = random.nextBoolean() ? random.nextInt(model.length + 1)
                                : random.nextInt(model.length / AesXts.SECTOR + 1) * AesXts.SECTOR;
                        byte[] data = new byte[random.nextBoolean() ? 1 + random.nextInt(3 * AesXts.SECTOR)
                                : AesXts.SECTOR * (1 + random.nextInt(3))];
                        random.nextBytes(data);
                        write(ours, data, at);
                        model = apply(model, data, at);
                    }
                    assertEquals(model.length, ours.size(), "seed " + seed + ", step " + op);
                }
                assertArrayEquals(model, readAll(ours), "seed " + seed + " read back through this channel");
            }
            assertEquals(model.length, FilePath.get(AesFilePath.name(file.toString(), FILE_PASSWORD)).size());
            try (FileChannel h2 = h2s(file)) {
                assertEquals(model.length, h2.size(), "seed " + seed);
                assertArrayEquals(model, readAll(h2), "seed " + seed + " read through H2's channel");
            }
        }
    }

    /**
     * H2's channel writing what its stores write (whole sectors at sector positions, truncation to a sector);
     * this channel reads the result alike. (H2's channel mishandles some unaligned writes, which its stores never make.)
     */
    @Test
    void whatH2sOwnChannelWritesThisChannelReads() throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            Path file = dir.resolve("g" + seed);
            Random random = new Random(seed);
            byte[] model = new byte[0];
            try (FileChannel h2 = h2s(file)) {
                for (int op = 0; op < 40; op++) {
                    int sectors = model.length / AesXts.SECTOR;
                    if (random.nextInt(8) == 0 && sectors > 0) {
                        int size = random.nextInt(sectors + 1) * AesXts.SECTOR;
                        h2.truncate(size);
                        model = Arrays.copyOf(model, size);
                        continue;
                    }
                    int at = random.nextInt(sectors + 1) * AesXts.SECTOR;
                    byte[] data = new byte[AesXts.SECTOR * (1 + random.nextInt(3))];
                    random.nextBytes(data);
                    write(h2, data, at);
                    model = apply(model, data, at);
                }
            }
            try (FileChannel ours = ours(file)) {
                assertEquals(model.length, ours.size(), "seed " + seed);
                assertArrayEquals(model, readAll(ours), "seed " + seed);
            }
        }
    }

    @Test
    void manyThreadsReadOneChannelAtOnce() throws Exception {
        Path file = dir.resolve("shared");
        byte[] data = new byte[64 * AesXts.SECTOR];
        new Random(7).nextBytes(data);
        try (FileChannel ours = ours(file)) {
            write(ours, data, 0);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Boolean>> reads = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int seed = t;
                    reads.add(pool.submit(() -> {
                        Random r = new Random(seed);
                        for (int i = 0; i < 500; i++) {
                            int at = r.nextInt(data.length - 1);
                            int len = 1 + r.nextInt(Math.min(3 * AesXts.SECTOR, data.length - at));
                            ByteBuffer dst = ByteBuffer.allocate(len);
                            readFully(ours, dst, at);
                            if (!Arrays.equals(dst.array(), Arrays.copyOfRange(data, at, at + len))) {
                                return false;
                            }
                        }
                        return true;
                    }));
                }
                for (Future<Boolean> f : reads) {
                    assertTrue(f.get(), "a concurrent read returned other bytes than were written");
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static FileChannel ours(Path file) throws Exception {
        return FilePath.get(AesFilePath.name(file.toString(), FILE_PASSWORD)).open("rw");
    }

    private static FileChannel h2s(Path file) throws Exception {
        FileChannel base = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(FILE_PASSWORD), base);
    }

    private static byte[] apply(byte[] model, byte[] data, int at) {
        byte[] next = Arrays.copyOf(model, Math.max(model.length, at + data.length));
        System.arraycopy(data, 0, next, at, data.length);
        return next;
    }

    private static void write(FileChannel c, byte[] data, long at) throws Exception {
        ByteBuffer src = ByteBuffer.wrap(data);
        while (src.hasRemaining()) {
            at += c.write(src, at);
        }
    }

    private static byte[] readAll(FileChannel c) throws Exception {
        ByteBuffer dst = ByteBuffer.allocate((int) c.size());
        readFully(c, dst, 0);
        return dst.array();
    }

    private static void readFully(FileChannel c, ByteBuffer dst, long at) throws Exception {
        while (dst.hasRemaining()) {
            int n = c.read(dst, at);
            if (n < 0) {
                throw new java.io.EOFException("at " + at);
            }
            at += n;
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
