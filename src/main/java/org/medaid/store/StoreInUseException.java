package org.medaid.store;

import java.nio.file.Path;

/**
 * The data folder is held by another desk (another window of the program, or one left running): H2's file lock. The
 * screens say it in the clerk's language with the folder ({@code error.inUse}); the message is for the log.
 */
public final class StoreInUseException extends StoreException {

    private static final long serialVersionUID = 1L;
    private final transient Path folder;

    public StoreInUseException(Path folder, Throwable cause) {
        super("the data folder " + folder + " is in use by another medaid-desk", cause);
        this.folder = folder;
    }

    /** The folder in use. */
    public Path folder() {
        return folder;
    }
}
