package org.medaid.desk.roster;

import org.medaid.model.Category;

/** An entry of the category filter: one category, or all ({@code code} null). */
public record CategoryChoice(Category code) {

    public static final CategoryChoice ALL = new CategoryChoice(null);
}
