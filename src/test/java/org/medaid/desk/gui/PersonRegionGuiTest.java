package org.medaid.desk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.desk.DeskFixture;
import org.medaid.desk.ShotsFolder;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;

/**
 * ADR 0066: the person's policy region (户籍地区) is a field of its own. On an enrolled person it is the stored code;
 * typing another asks for the reason (迁移原因), and the save writes both in one transaction.
 */
class PersonRegionGuiTest extends DeskGuiTest {

    PersonRecord zhang;

    @Override
    protected void fill(DeskFixture f) {
        zhang = f.enrol("张桂兰", DeskFixture.id(1950, 301), "前岭村", Category.MINIMUM_LIVING);
    }

    @Test
    void aMoveOfTheHukouIsTypedWithItsReasonAndSaved() throws Exception {
        Platform.runLater(() -> window.people().openPerson(zhang.id()));
        waitUntil(() -> robot.lookup("#regionCodeField").tryQuery().map(n -> ((TextField) n).getText().equals("371302"))
                .orElse(false));
        assertEquals("临沂市兰山区", robot.lookup("#regionField").queryAs(TextField.class).getText());
        Node reasonBox = robot.lookup("#regionReasonBox").query();
        assertFalse(reasonBox.isVisible(), "no reason asked while the region is the stored one");

        robot.press(KeyCode.ALT, KeyCode.J).release(KeyCode.J, KeyCode.ALT);
        robot.interact(() -> robot.lookup("#regionCodeField").queryAs(TextField.class).selectAll());
        robot.write("371321");
        waitUntil(reasonBox::isVisible);
        assertEquals("临沂市沂南县", robot.lookup("#regionField").queryAs(TextField.class).getText());
        assertEquals("户籍地区变了，请写明原因（如户口迁移及凭证）", robot.lookup("#regionReasonMessage").queryAs(Label.class).getText());
        robot.press(KeyCode.ALT, KeyCode.Q).release(KeyCode.Q, KeyCode.ALT);
        robot.write("户口迁入沂南县（户口簿）");
        waitUntil(() -> robot.lookup("#regionReasonMessage").queryAs(Label.class).getText().isEmpty());
        ShotsFolder.shoot(window.scene(), "person-region-change.png");

        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        waitUntil(() -> "371321".equals(store.services().people().byId(zhang.id()).orElseThrow().region()));
        waitUntil(() -> !robot.lookup("#regionReasonBox").query().isVisible());
        assertTrue(store.services().audit().forRecord("person", zhang.id()).stream()
                .anyMatch(e -> e.newValue() != null && e.newValue().contains("户口迁入沂南县")), "the reason is in the audit");
    }
}
