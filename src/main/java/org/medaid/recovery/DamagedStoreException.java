package org.medaid.recovery;

import java.nio.file.Path;
import java.util.Optional;
import org.medaid.store.AuditChainBrokenException;
import org.medaid.store.AuditCheck;

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

    /** Stages the newest backup for the next start, with the store's key where it has one. */
    private final transient Runnable restoreNewest;

    DamagedStoreException(String reason, Path keptAside, Backup newestBackup, Throwable cause, Runnable restoreNewest) {
        super(reason, cause);
        this.keptAside = keptAside;
        this.newestBackup = newestBackup;
        this.restoreNewest = restoreNewest;
    }

    /**
     * Stages {@link #newestBackup()} to replace the damaged store at the next start (verified again first);
     * throws when there is none or it no longer verifies.
     */
    public void restoreNewest() {
        if (restoreNewest == null) {
            throw new IllegalStateException("no verified backup to restore");
        }
        restoreNewest.run();
    }

    /** The audit chain's check when it was the chain that failed (ADR 0035): which row, and how. */
    public Optional<AuditCheck> brokenAudit() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof AuditChainBrokenException broken) {
                return Optional.of(broken.check());
            }
        }
        return Optional.empty();
    }

    /** The copy of the damaged store file, or null when there was no file to copy. */
    public Path keptAside() {
        return keptAside;
    }

    public Optional<Backup> newestBackup() {
        return Optional.ofNullable(newestBackup);
    }
}
