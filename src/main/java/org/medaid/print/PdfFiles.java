package org.medaid.print;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a PDF whole or not at all: into a temporary file beside the target, then moved over it, so a
 * failure never leaves half a file where the clerk expects a slip.
 */
public final class PdfFiles {

    private PdfFiles() {
    }

    /** @throws IOException when the folder is missing or not writable, or the disk is full */
    public static void write(Path target, byte[] pdf) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("folder does not exist: " + folder);
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("is a folder: " + absolute);
        }
        // not Files.createTempFile: its owner-only permissions would stay on the moved file
        Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.write(temp, pdf, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
