package org.medaid.store;

/** Enrolling an ID number that is already stored; carries the existing person so the screen can link to it. */
public class DuplicateIdNumberException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final long existingPersonId;

    public DuplicateIdNumberException(String idNumber, long existingPersonId) {
        super("ID number " + idNumber + " is already enrolled (person " + existingPersonId + ")");
        this.existingPersonId = existingPersonId;
    }

    public long existingPersonId() {
        return existingPersonId;
    }
}
