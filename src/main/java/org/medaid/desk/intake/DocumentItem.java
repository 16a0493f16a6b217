package org.medaid.desk.intake;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One document of the policy's checklist and whether the applicant handed it in. */
public final class DocumentItem {

    private final String name;
    private final BooleanProperty received;

    public DocumentItem(String name, boolean received) {
        this.name = name;
        this.received = new SimpleBooleanProperty(received);
    }

    public String name() {
        return name;
    }

    public BooleanProperty receivedProperty() {
        return received;
    }

    public boolean received() {
        return received.get();
    }
}
