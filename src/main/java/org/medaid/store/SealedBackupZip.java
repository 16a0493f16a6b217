package org.medaid.store;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.medaid.store.crypt.AesFilePath;

/**
 * The zip H2's online backup writes into, for a store opened through {@link AesFilePath} (ADR 0107): H2 copies
 * the file's data as it reads it, decrypted; each entry is stored here as the file itself stores it (its header,
 * then every sector encrypted with the file's key and salt), so the backup holds the same encrypted bytes as before
 * and nothing in clear reaches the disk.
 */
final class SealedBackupZip extends ZipOutputStream {

    private final String fileName;
    private OutputStream sealing;

    SealedBackupZip(OutputStream out, String fileName) {
        super(out);
        this.fileName = fileName;
    }

    @Override
    public void putNextEntry(ZipEntry e) throws IOException {
        super.putNextEntry(e);
        sealing = AesFilePath.sealing(fileName, new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                SealedBackupZip.super.write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                SealedBackupZip.super.write(b, off, len);
            }
        });
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (sealing == null) {
            throw new IOException("data outside an entry of the backup");
        }
        sealing.write(b, off, len);
    }

    @Override
    public void closeEntry() throws IOException {
        if (sealing != null) {
            sealing.close();
            sealing = null;
        }
        super.closeEntry();
    }
}
