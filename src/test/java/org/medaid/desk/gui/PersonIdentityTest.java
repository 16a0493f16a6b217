package org.medaid.desk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.desk.DeskFixture;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;

/**
 * ADR 0032, the reported accident: 人员 reopened the last person's page and the ID typed for a new person went
 * into that record. Now 人员 shows the roster, the new-person form always enrols a new record, and an enrolled
 * person's name and ID number are not editable on the form (更正 is a separate action).
 */
class PersonIdentityTest extends DeskGuiTest {

    PersonRecord zhang;

    @Override
    protected void fill(DeskFixture f) {
        zhang = f.enrol("张桂兰", DeskFixture.id(1950, 301), "前岭村", Category.MINIMUM_LIVING);
    }

    @Test
    void peopleShowsTheRosterAndTheNewPersonFormNeverWritesIntoAnotherRecord() throws Exception {
        Platform.runLater(() -> window.people().openPerson(zhang.id()));
        waitUntil(() -> robot.lookup("#nameField").tryQuery().map(n -> ((TextField) n).getText().equals("张桂兰")).orElse(false));
        TextField id = robot.lookup("#idField").queryAs(TextField.class);
        assertFalse(id.isEditable(), "an enrolled person's ID number is not typed over");
        assertFalse(robot.lookup("#nameField").queryAs(TextField.class).isEditable());
        assertTrue(robot.lookup("#correctButton").queryAs(Button.class).isVisible(), "更正 is offered instead");

        // away and back to 人员: the roster, not the last person's page under the cursor
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        settle();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isEmpty() && robot.lookup("#searchField").tryQuery().isPresent());

        String newId = DeskFixture.id(1972, 402);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#nameField").tryQuery().map(n -> ((TextField) n).isEditable()
                && ((TextField) n).getText().isEmpty()).orElse(false));
        assertFalse(robot.lookup("#correctButton").queryAs(Button.class).isVisible());
        robot.write("李新").type(KeyCode.TAB).write(newId);
        robot.press(KeyCode.ALT, KeyCode.V).release(KeyCode.V, KeyCode.ALT).write("前岭村");
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        waitUntil(() -> store.services().people().byIdNumber(newId).isPresent());
        PersonRecord added = store.services().people().byIdNumber(newId).orElseThrow();
        assertTrue(added.id() != zhang.id(), "a new record");
        assertEquals(zhang, store.services().people().byId(zhang.id()).orElseThrow(), "the other person is untouched");
    }
}
