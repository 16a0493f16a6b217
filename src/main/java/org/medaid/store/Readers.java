package org.medaid.store;

/**
 * Reads of one open store that may run at the same time, each on a connection of its own: what {@link Together} hands
 * its parts to. {@link Database} is one; a backup's copy being verified is another ({@link Database#readCopyWith}).
 */
public interface Readers {

    /** Runs read-only {@code work} on a connection of its own. */
    <T> T read(SqlWork<T> work);
}
