package org.medaid.store;

/**
 * A save of the person form tried to change an enrolled person's name or ID number (and with it the birth
 * date and sex). That is never done by an ordinary save: it is a 更正 with a reason (ADR 0032).
 */
public final class IdentityChangeException extends StoreException {

    private final long personId;

    public IdentityChangeException(long personId) {
        super("the identity of person " + personId + " is changed only by a correction with a reason");
        this.personId = personId;
    }

    public long personId() {
        return personId;
    }
}
