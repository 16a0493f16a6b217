package org.medaid.desk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.desk.DeskFixture;
import org.medaid.model.Category;
import org.medaid.store.CategoryRecord;
import org.medaid.store.PersonRecord;

/** enrol a person with the keyboard only, and see a bad ID number refused in Chinese. */
class EnrolByKeyboardTest extends DeskGuiTest {

    @Test
    void aPersonWithTwoCategoriesIsEnrolledWithoutTheMouse() throws Exception {
        String id = DeskFixture.id(1958, 202);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        robot.write("王秀英").type(KeyCode.TAB).write(id);
        robot.press(KeyCode.ALT, KeyCode.V).release(KeyCode.V, KeyCode.ALT).write("前岭村");
        addCategory("db", "2023-03-01");
        addCategory("zdcj", "2021-06-10");
        waitUntil(() -> robot.lookup("#categoryTable").queryTableView().getItems().size() == 2);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> store.services().people().byIdNumber(id).isPresent());
        PersonRecord saved = store.services().people().byIdNumber(id).orElseThrow();
        assertEquals("王秀英", saved.name());
        assertEquals("前岭村", saved.village());
        Set<Category> codes = store.services().people().categories(saved.id()).stream().map(CategoryRecord::code)
                .collect(Collectors.toSet());
        assertEquals(Set.of(Category.MINIMUM_LIVING, Category.SEVERE_DISABILITY), codes);
    }

    /** Alt+A opens the dialog on the category box; its pinyin initials pick the category; Enter confirms. */
    private void addCategory(String initials, String from) throws Exception {
        robot.press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        waitUntil(() -> robot.lookup("#categoryCode").tryQuery().map(n -> n.isFocused()).orElse(false));
        // typed text goes to TestFX's target window, which does not follow a dialog by itself
        robot.targetWindow(robot.lookup("#categoryCode").query().getScene().getWindow());
        robot.write(initials).type(KeyCode.TAB);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(from);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#categoryCode").tryQuery().isEmpty());
        robot.targetWindow(window.scene().getWindow());
    }

    @Test
    void aWrongCheckDigitIsExplainedInChineseAndSaveStaysDisabled() throws Exception {
        String good = DeskFixture.id(1958, 202);
        String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        robot.write("王秀英").type(KeyCode.TAB).write(bad);
        waitUntil(() -> !robot.lookup("#idMessage").queryAs(Label.class).getText().isEmpty());
        assertEquals("身份证号校验位错误（请核对每一位数字）", robot.lookup("#idMessage").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#saveButton").queryAs(Button.class).isDisabled());
        robot.type(KeyCode.ENTER);
        settle();
        assertTrue(store.services().people().byIdNumber(bad).isEmpty());
    }

    @Test
    void everyLabelWithAShortcutNamesItsControlAndEveryControlHasAnId() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        int checked = 0;
        for (Label l : robot.lookup(".label").queryAllAs(Label.class)) {
            if (l.isMnemonicParsing() && l.getText() != null && l.getText().contains("(_")) {
                assertTrue(l.getLabelFor() != null, "label " + l.getText() + " names no control");
                checked++;
            }
        }
        assertTrue(checked >= 12, "only " + checked + " labels with a shortcut");
        for (javafx.scene.Node n : robot.lookup(".text-field, .combo-box-base, .button, .table-view").queryAll()) {
            if (n.getParent() != null && !n.getStyleClass().contains("arrow-button") && n.isFocusTraversable()) {
                assertTrue(n.getId() != null, "control without an id: " + n);
            }
        }
    }
}
