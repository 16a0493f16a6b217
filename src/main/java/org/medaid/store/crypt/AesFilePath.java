package org.medaid.store.crypt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * H2 file names of the form {@code medaidaes:HANDLE:/folder/medaid.mv.db} (ADR 0107): every file H2 opens under
 * such a name is read and written through {@link AesXtsChannel}, in H2's own encrypted format, with the file password
 * registered under {@code HANDLE}. The handle is a random token, so neither the password nor anything derived from it
 * appears in a URL, a file name or an error message. Registered once with H2 by {@link #name}.
 */
public final class AesFilePath extends FilePathWrapper {

    static final String SCHEME = "medaidaes";
    private static final Map<String, byte[]> KEYS = new ConcurrentHashMap<>();
    private static final Map<String, AesXtsChannel> OPEN = new ConcurrentHashMap<>();
    private static volatile boolean registered;

    /**
     * The H2 name for {@code path} (a database in a URL, without H2's {@code .mv.db}, or a file for the MVStore)
     * encrypted with {@code filePassword}: the same file H2 opens with {@code CIPHER=AES} and that password.
     */
    public static String name(String path, char[] filePassword) {
        register();
        return SCHEME + ":" + handle(FilePathEncrypt.getPasswordBytes(filePassword)) + ":" + path;
    }

    private static synchronized void register() {
        if (!registered) {
            FilePath.register(new AesFilePath());
            registered = true;
        }
    }

    private static synchronized String handle(byte[] password) {
        for (Map.Entry<String, byte[]> e : KEYS.entrySet()) {
            if (Arrays.equals(e.getValue(), password)) {
                Arrays.fill(password, (byte) 0);
                return e.getKey();
            }
        }
        byte[] token = new byte[8];
        new SecureRandom().nextBytes(token);
        String handle = HexFormat.of().formatHex(token);
        KEYS.put(handle, password);
        return handle;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    protected String getPrefix() {
        return SCHEME + ":" + parts(name)[0] + ":";
    }

    @Override
    public FilePath unwrap(String fileName) {
        return FilePath.get(parts(fileName)[1]);
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        byte[] password = KEYS.get(parts(name)[0]);
        if (password == null) {
            throw new IOException("no file password is registered for " + getBase());
        }
        String key = name;
        AesXtsChannel[] self = new AesXtsChannel[1];
        self[0] = new AesXtsChannel(getBase().toString(), password, getBase().open(mode), () -> OPEN.remove(key, self[0]));
        OPEN.put(key, self[0]);
        return self[0];
    }

    /**
     * An output stream that stores what is written to it (a file's data, as {@link AesXtsChannel} reads it) the way
     * the open file {@code fileName} stores it: its header sector, then each sector encrypted with its key and salt.
     * Fed with the whole of the file's data, it writes the file's exact bytes, with nothing in clear: how a backup
     * copies the encrypted file while H2 reads it through this path (ADR 0107). The data must end on a sector.
     */
    public static OutputStream sealing(String fileName, OutputStream out) throws IOException {
        AesXtsChannel channel = OPEN.get(fileName);
        if (channel == null) {
            throw new IOException("the encrypted file is not open: " + fileName);
        }
        return new Sealing(channel, out);
    }

    private static final class Sealing extends OutputStream {
        private final AesXtsChannel channel;
        private final OutputStream out;
        private final byte[] sector = new byte[AesXts.SECTOR];
        private int filled;
        private long next;
        private boolean started;

        Sealing(AesXtsChannel channel, OutputStream out) {
            this.channel = channel;
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!started) {
                out.write(channel.header());
                started = true;
            }
            while (len > 0) {
                int n = Math.min(len, sector.length - filled);
                System.arraycopy(b, off, sector, filled, n);
                filled += n;
                off += n;
                len -= n;
                if (filled == sector.length) {
                    channel.seal(next++, sector, 0, sector.length);
                    out.write(sector);
                    filled = 0;
                }
            }
        }

        /** Ends the copy: refuses a file that did not end on a sector (H2's stores always do). */
        @Override
        public void close() throws IOException {
            java.util.Arrays.fill(sector, (byte) 0);
            if (filled != 0) {
                throw new IOException("the file's data does not end on a sector (" + filled + " bytes over)");
            }
            if (!started) {
                out.write(channel.header());
            }
        }
    }

    /** The data length, as {@link AesXtsChannel#size()} counts it, without opening the file. */
    @Override
    public long size() {
        long data = Math.max(0, getBase().size() - AesXts.SECTOR);
        return data % AesXts.SECTOR != 0 ? data - AesXts.SECTOR : data;
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return Channels.newInputStream(open("r"));
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        FileChannel channel = open("rw");
        if (append) {
            channel.position(channel.size());
        } else {
            channel.truncate(0);
        }
        return Channels.newOutputStream(channel);
    }

    private static String[] parts(String fileName) {
        if (!fileName.startsWith(SCHEME + ":")) {
            throw new IllegalArgumentException("not a " + SCHEME + " file name");
        }
        String rest = fileName.substring(SCHEME.length() + 1);
        int colon = rest.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("a " + SCHEME + " file name without its handle");
        }
        return new String[] {rest.substring(0, colon), rest.substring(colon + 1)};
    }
}
