package org.medaid.store;

import org.medaid.model.Category;

/** A category added or corrected so that it overlaps a living span of the same category of the person. */
public class CategoryOverlapException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final long existingCategoryId;

    public CategoryOverlapException(Category code, long existingCategoryId) {
        super("the person already holds " + code + " in that period (category " + existingCategoryId + ")");
        this.existingCategoryId = existingCategoryId;
    }

    public long existingCategoryId() {
        return existingCategoryId;
    }
}
