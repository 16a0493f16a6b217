package org.medaid.policy;

import java.time.LocalDate;
import java.util.Set;
import org.medaid.model.Category;
import org.medaid.model.Location;

/** Remote-treatment first self-pay waived for some people from a date (临医保发〔2022〕13号 四). */
public record RemoteWaiver(LocalDate from, Set<Category> categories, Set<Location> locations, String source) {

    public RemoteWaiver {
        categories = Set.copyOf(categories);
        locations = Set.copyOf(locations);
    }
}
