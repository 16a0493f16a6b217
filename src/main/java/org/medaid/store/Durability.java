package org.medaid.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStoreException;

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
     * Makes the commit just made on {@code c} durable through H2's own file (ADR 0028): stores whatever the
     * MVStore still holds in memory (a commit H2 left unwritten, for whatever reason, is written now, on this
     * thread) and forces H2's own channel to the device. H2's channel, never a second one: on Linux, closing
     * any other descriptor of the file would release H2's lock on it, and a second desk could then open the
     * same store.
     */
    static void sync(Connection c) {
        try {
            SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
            session.getDatabase().getStore().sync();
        } catch (SQLException | MVStoreException | ClassCastException e) {
            throw new StoreException("the saved data could not be forced to disk: " + e.getMessage(), e);
        }
    }
}
