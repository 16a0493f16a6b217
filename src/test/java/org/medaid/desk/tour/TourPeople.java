package org.medaid.desk.tour;

import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.person.CategoryActions;
import org.medaid.desk.person.CategoryDialogViewModel;
import org.medaid.desk.person.PersonViewModel;
import org.medaid.model.Category;

/** The two categories the tour gives the person it enrols, and the insurance year it shows. */
final class TourPeople {

    private TourPeople() {
    }

    static void addCategories(DeskWindow window) {
        PersonViewModel form = window.people().currentPerson();
        CategoryActions actions = form.categoryActions();
        CategoryDialogViewModel low = actions.newDraft();
        low.categoryProperty().set(Category.MINIMUM_LIVING);
        low.fromTextProperty().set("2023-03-01");
        low.documentNoProperty().set("沂南民发〔2023〕15号");
        actions.add(low);
        CategoryDialogViewModel disabled = actions.newDraft();
        disabled.categoryProperty().set(Category.SEVERE_DISABILITY);
        disabled.fromTextProperty().set("2021-06-10");
        disabled.documentNoProperty().set("沂南残联〔2021〕8号");
        actions.add(disabled);
        form.premiumYearProperty().set(2024);
    }
}
