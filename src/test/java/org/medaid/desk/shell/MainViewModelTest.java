package org.medaid.desk.shell;

import org.medaid.desk.common.Section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private final MainViewModel model = new MainViewModel();

    @Test
    void nothingIsSelectedBeforeTheDatabaseIsOpen() {
        assertFalse(model.select(Section.SETTINGS));
        assertEquals(Section.PEOPLE, model.sectionProperty().get());
    }

    @Test
    void aWorkingSectionCanBeSelected() {
        model.readyProperty().set(true);
        assertTrue(model.select(Section.REPORTS));
        assertEquals(Section.REPORTS, model.sectionProperty().get());
    }

    @Test
    void billsAndApprovalsCanBeSelectedOnceTheDatabaseIsOpen() {
        model.readyProperty().set(true);
        assertTrue(model.select(Section.BILLS));
        assertTrue(model.select(Section.APPROVALS));
        assertEquals(Section.APPROVALS, model.sectionProperty().get());
    }

    @Test
    void sectionsAreNumberedForTheirShortcuts() {
        assertEquals(1, Section.PEOPLE.shortcut());
        assertEquals(5, Section.SETTINGS.shortcut());
    }
}
