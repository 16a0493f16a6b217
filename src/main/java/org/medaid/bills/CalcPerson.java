package org.medaid.bills;

import java.util.List;
import org.medaid.model.Person;
import org.medaid.store.CategoryRecord;
import org.medaid.store.PersonRecord;

/** A stored person as the calculator sees them: region, insurance, the categories that are not voided. */
public final class CalcPerson {

    private CalcPerson() {
    }

    public static Person of(PersonRecord person, List<CategoryRecord> categories) {
        return new Person(person.region(), person.insurance(),
                categories.stream().filter(c -> !c.voided()).map(CategoryRecord::span).toList());
    }
}
