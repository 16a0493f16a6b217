package org.medaid.importer;

/** Progress of a preview or commit, for the desk's progress bar, and its cancel button. */
public interface ImportListener {

    ImportListener NONE = (done, total) -> { };

    void progress(int done, int total);

    /** Polled between rows; true stops the work (a commit then leaves the store as it was). */
    default boolean cancelled() {
        return false;
    }
}
