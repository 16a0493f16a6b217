package org.medaid.importer;

import java.io.IOException;

/** A list file that cannot be read (damaged zip, foreign content, absurd cells): its message is the clerk's sentence. */
public final class UnreadableListException extends IOException {

    private static final long serialVersionUID = 1L;

    public UnreadableListException(String message, Throwable cause) {
        super(message, cause);
    }
}
