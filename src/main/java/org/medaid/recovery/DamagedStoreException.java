package org.medaid.recovery;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The store failed its check at open (ADR 0030): why, where the damaged file was copied for support, and
 * the newest backup that verified, if any. The desk never starts on such a store.
 */
public final class DamagedStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A backup fit to restore: its file and when it was made (the manifest's time). */
    public record Backup(Path file, String createdAt) {
    }

    private final transient Path keptAside;
    private final transient Backup newestBackup;

    DamagedStoreException(String reason, Path keptAside, Backup newestBackup, Throwable cause) {
        super(reason, cause);
        this.keptAside = keptAside;
        this.newestBackup = newestBackup;
    }

    /** The copy of the damaged store file, or null when there was no file to copy. */
    public Path keptAside() {
        return keptAside;
    }

    public Optional<Backup> newestBackup() {
        return Optional.ofNullable(newestBackup);
    }
}
