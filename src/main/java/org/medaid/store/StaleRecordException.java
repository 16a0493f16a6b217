package org.medaid.store;

/** Another window saved the record first (version column): reload before changing it. */
public class StaleRecordException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StaleRecordException(String table, long id) {
        super(table + " " + id + " was changed by someone else; reload it");
    }
}
