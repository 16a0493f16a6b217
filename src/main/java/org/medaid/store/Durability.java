package org.medaid.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * How far a committed transaction has gone when {@link Database#inTransaction} returns (ADR 0028).
 * The desk uses {@link #SYNCED}: H2 writes the commit to the file at once (no write delay) and the file is
 * then forced to the device, so a save that returned survives a killed desk and a power cut. The other
 * two levels exist only so that the save-cost benchmark can measure what durability costs.
 */
public enum Durability {

    /** H2's default: commits reach the file within the write delay (500 ms); a crash loses them. */
    DELAYED(";WRITE_DELAY=500", false),
    /** Commits are written to the file before the save returns (they survive a killed process). */
    WRITTEN(";WRITE_DELAY=0", false),
    /** Written, then forced to the device (they survive a power cut too). */
    SYNCED(";WRITE_DELAY=0", true);

    private final String urlSettings;
    private final boolean forceAfterCommit;

    Durability(String urlSettings, boolean forceAfterCommit) {
        this.urlSettings = urlSettings;
        this.forceAfterCommit = forceAfterCommit;
    }

    /** The H2 connection-URL settings of this level (appended to the desk's URL). */
    public String urlSettings() {
        return urlSettings;
    }

    boolean forcesAfterCommit() {
        return forceAfterCommit;
    }

    /**
     * Forces the store file to the device. H2 has written the commit through its own channel; an fsync on
     * any descriptor of the file flushes its pages (the file is opened for writing because Windows needs it
     * to flush, but nothing is written through it).
     */
    static void force(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(false);
        } catch (IOException e) {
            throw new StoreException("the saved data could not be forced to disk: " + e.getMessage(), e);
        }
    }
}
