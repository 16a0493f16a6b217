package org.medaid.desk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.common.Section;

/** Chinese by default, English chosen in 设置 changes the screens at once and is remembered. */
class LanguageSwitchTest extends DeskGuiTest {

    @Test
    @SuppressWarnings("unchecked")
    void choosingEnglishRebuildsTheWindowInEnglish() throws Exception {
        waitUntil(() -> robot.lookup("#searchField").query().isFocused());
        assertEquals("人员名册", robot.lookup(".page-title").queryAs(Label.class).getText());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#languageBox").tryQuery().isPresent());
        ComboBox<java.util.Locale> box = robot.lookup("#languageBox").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(DeskSettings.ENGLISH));
        // the window is rebuilt in English: between the old and the new page there may be no title at all
        waitUntil(() -> "Settings".equals(robot.lookup(".page-title").tryQuery().map(n -> ((Label) n).getText()).orElse("")));
        assertEquals(Section.SETTINGS, window.model().sectionProperty().get());
        assertEquals("Medical Assistance Desk", window.scene().getWindow() instanceof javafx.stage.Stage s ? s.getTitle() : "");
    }
}
