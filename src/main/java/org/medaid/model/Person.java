package org.medaid.model;

import java.util.List;
import java.util.Objects;

/** The person as the calculator sees them: registered region, insurance and identity categories. */
public record Person(String region, Insurance insurance, List<CategorySpan> categories, Household household) {

    public Person {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(insurance, "insurance");
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public Person(String region, Insurance insurance, List<CategorySpan> categories) {
        this(region, insurance, categories, null);
    }
}
