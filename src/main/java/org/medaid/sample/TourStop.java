package org.medaid.sample;

import org.medaid.workflow.Stage;

/**
 * One line of a sample township's tour: a person and what they show. {@link #BILLS}: {@code count} everyday
 * bills settled in {@code year}; {@link #CAP}: a cap of {@code year} reached; {@link #STAGE}: a case at {@code stage}.
 */
public record TourStop(String kind, SamplePerson person, int year, int count, Stage stage) {

    public static final String BILLS = "bills";
    public static final String CAP = "cap";
    public static final String STAGE = "stage";
}
