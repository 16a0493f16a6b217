package org.medaid.store;

/**
 * A store closed while its check after the first page still ran (ADR 0090): the desk was closed. Nothing was written
 * into the file and nothing is concluded about it; the transactions that waited fail with this.
 */
public final class StoreClosedWhileCheckingException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreClosedWhileCheckingException() {
        super("the store was closed before its check ended");
    }
}
