package org.medaid.importer;

import org.medaid.store.StoreException;

/** The clerk cancelled the import; nothing was written. */
public class ImportCancelledException extends StoreException {

    private static final long serialVersionUID = 1L;

    public ImportCancelledException() {
        super("import cancelled; nothing was written");
    }
}
