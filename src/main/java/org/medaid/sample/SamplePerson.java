package org.medaid.sample;

import java.util.List;
import org.medaid.store.CategoryRecord;
import org.medaid.store.PersonRecord;

/**
 * A fictional person of a sample township with their categories; {@code headIdNumber} is the ID number
 * of their household head (their own for a head).
 */
public record SamplePerson(PersonRecord person, String headIdNumber, List<CategoryRecord> categories) {

    public boolean isHead() {
        return headIdNumber.equals(person.idNumber());
    }
}
