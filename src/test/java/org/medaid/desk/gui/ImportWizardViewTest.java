package org.medaid.desk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.desk.DeskFixture;
import org.medaid.desk.imports.ImportFiles;
import org.medaid.importer.Encodings;
import org.medaid.roster.RosterQuery;

/** import a list with good and bad rows through the wizard, see the counts, commit, find the people. */
class ImportWizardViewTest extends DeskGuiTest {

    @Test
    void aListWithGoodAndBadRowsIsPreviewedAndItsGoodRowsCommitted() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("lists"));
        Path list = ImportFiles.list(dir, Encodings.GBK);
        waitUntil(() -> robot.lookup("#searchField").query().isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#fileField").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.targetWindow(robot.lookup("#fileField").query().getScene().getWindow());
        robot.write(list.toString()).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#mapNAME").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#previewTable").queryAs(TableView.class).getItems().size() == 6);
        assertEquals("新增 3", robot.lookup("#filterADD").queryAs(Labeled.class).getText());
        assertEquals("拒绝 3", robot.lookup("#filterREJECT").queryAs(Labeled.class).getText());
        assertEquals(0, store.services().roster().count(RosterQuery.all(DeskFixture.TODAY)));
        robot.clickOn("#filterREJECT");
        waitUntil(() -> robot.lookup("#previewTable").queryAs(TableView.class).getItems().size() == 3);
        robot.press(KeyCode.ALT, KeyCode.I).release(KeyCode.I, KeyCode.ALT);
        waitUntil(() -> store.services().roster().count(RosterQuery.all(DeskFixture.TODAY)) == 3);
        waitUntil(() -> robot.lookup("#doneSummary").queryAs(Labeled.class).getText().startsWith("导入完成"));
        assertTrue(store.services().people().byIdNumber(ImportFiles.GOOD_1).isPresent());
        assertTrue(store.services().people().byIdNumber(ImportFiles.BAD_ID).isEmpty());
    }
}
