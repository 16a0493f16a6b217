package org.medaid.store.crypt;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.h2.security.SHA256;
import org.h2.store.fs.FileBaseDefault;

/**
 * A file in H2's encrypted format (ADR 0107), readable and writable by H2's own {@code CIPHER=AES} and by this class
 * alike. Layout: one header sector ({@code "H2encrypt\n"}, an 8-byte salt at offset 10, zeros), then the data in
 * 4,096-byte sectors, each encrypted by {@link AesXts} with its number counted from the first data sector. The key
 * is PBKDF2-HMAC-SHA256 (10 rounds, 16 bytes) of the password bytes and the salt. A file whose length is not a whole
 * number of sectors after the header holds a last partial sector: its data length is the length less one sector.
 * Nothing is written before the first read or write, so the caller can lock the file first.
 */
final class AesXtsChannel extends FileBaseDefault {

    private static final int SECTOR = AesXts.SECTOR;
    private static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SALT_AT = MAGIC.length;
    private static final int SALT_LENGTH = 8;
    private static final int ROUNDS = 10;

    private final String name;
    private final FileChannel base;
    private byte[] password;
    private final Runnable onClose;
    private volatile byte[] salt;
    private volatile AesXts xts;
    private volatile long size;

    AesXtsChannel(String name, byte[] password, FileChannel base, Runnable onClose) {
        this.name = name;
        this.password = password.clone();
        this.base = base;
        this.onClose = onClose;
    }

    /** The file's header sector, as stored (no secret: the magic and the salt). */
    byte[] header() throws IOException {
        xts();
        byte[] header = Arrays.copyOf(MAGIC, SECTOR);
        System.arraycopy(salt, 0, header, SALT_AT, SALT_LENGTH);
        return header;
    }

    /** Encrypts whole sectors in place as this file stores them from data sector {@code sector} on. */
    void seal(long sector, byte[] data, int offset, int len) throws IOException {
        xts().encrypt(sector, data, offset, len);
    }

    private AesXts xts() throws IOException {
        AesXts x = xts;
        return x != null ? x : start();
    }

    private synchronized AesXts start() throws IOException {
        if (xts != null) {
            return xts;
        }
        long data = base.size() - SECTOR;
        byte[] salt = new byte[SALT_LENGTH];
        if (data >= 0) {
            readFully(ByteBuffer.wrap(salt), SALT_AT);
            size = data % SECTOR != 0 ? data - SECTOR : data;
        } else {
            new SecureRandom().nextBytes(salt);
            byte[] header = Arrays.copyOf(MAGIC, SECTOR);
            System.arraycopy(salt, 0, header, SALT_AT, SALT_LENGTH);
            writeFully(ByteBuffer.wrap(header), 0);
            size = 0;
        }
        AesXts x = new AesXts(SHA256.getPBKDF2(password, salt, ROUNDS, 16));
        Arrays.fill(password, (byte) 0);
        password = null;
        this.salt = salt;
        xts = x;
        return x;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        AesXts x = xts();
        Sectors.requireNotNegative(position);
        long end = size;
        if (dst.remaining() == 0) {
            return 0;
        }
        if (position >= end) {
            return -1;
        }
        int len = (int) Math.min(dst.remaining(), end - position);
        Sectors at = Sectors.of(position, len);
        if (at.skip == 0 && at.span == len && dst.hasArray()) {
            readFully(dst.duplicate().limit(dst.position() + len), at.from + SECTOR);
            x.decrypt(at.from / SECTOR, dst.array(), dst.arrayOffset() + dst.position(), len);
            dst.position(dst.position() + len);
            return len;
        }
        byte[] buf = new byte[at.span];
        readFully(ByteBuffer.wrap(buf), at.from + SECTOR);
        x.decrypt(at.from / SECTOR, buf, 0, at.span);
        dst.put(buf, at.skip, len);
        return len;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        AesXts x = xts();
        int len = src.remaining();
        Sectors at = Sectors.of(position, len);
        long from = at.from;
        int skip = at.skip;
        int span = at.span;
        byte[] buf = new byte[span];
        long old = size;
        if (skip != 0 || span != len) {
            long stored = roundUp(old) - from;
            int keep = (int) Math.max(0, Math.min(span, stored));
            if (keep > 0) {
                readFully(ByteBuffer.wrap(buf, 0, keep), from + SECTOR);
                x.decrypt(from / SECTOR, buf, 0, keep);
            }
        }
        src.get(buf, skip, len);
        x.encrypt(from / SECTOR, buf, 0, span);
        writeFully(ByteBuffer.wrap(buf), from + SECTOR);
        long now = Math.max(old, position + len);
        if (now > old) {
            int tail = (int) (now % SECTOR);
            long length = SECTOR + (tail == 0 ? now : roundUp(now) + tail);
            if (tail != 0) {
                writeFully(ByteBuffer.allocate(tail), SECTOR + roundUp(now));
            }
            if (base.size() > length) {
                base.truncate(length);
            }
        }
        size = now;
        return len;
    }

    @Override
    public long size() throws IOException {
        xts();
        return size;
    }

    @Override
    protected void implTruncate(long newSize) throws IOException {
        xts();
        if (newSize < 0) {
            throw new IllegalArgumentException("size " + newSize);
        }
        if (newSize > size) {
            return;
        }
        base.truncate(newSize % SECTOR != 0 ? newSize + 2L * SECTOR : newSize + SECTOR);
        size = newSize;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        onClose.run();
        base.close();
    }

    @Override
    public String toString() {
        return name;
    }

    /** The whole sectors that hold {@code len} bytes from {@code position}: first byte, offset in it, length. */
    private record Sectors(long from, int skip, int span) {

        static Sectors of(long position, int len) {
            requireNotNegative(position);
            long from = position / SECTOR * SECTOR;
            int skip = (int) (position - from);
            return new Sectors(from, skip, (int) roundUp(skip + len));
        }

        static void requireNotNegative(long position) {
            if (position < 0) {
                throw new IllegalArgumentException("position " + position);
            }
        }
    }

    private static long roundUp(long n) {
        return (n + SECTOR - 1) / SECTOR * SECTOR;
    }

    private void readFully(ByteBuffer dst, long at) throws IOException {
        while (dst.hasRemaining()) {
            int n = base.read(dst, at);
            if (n < 0) {
                throw new EOFException(name + ": ends at " + at);
            }
            at += n;
        }
    }

    private void writeFully(ByteBuffer src, long at) throws IOException {
        while (src.hasRemaining()) {
            at += base.write(src, at);
        }
    }
}
