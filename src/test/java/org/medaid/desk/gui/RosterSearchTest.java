package org.medaid.desk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.medaid.desk.DeskFixture;
import org.medaid.model.Category;
import org.medaid.roster.RosterRow;

/** the search field has the focus on open, and pinyin initials find the person as one types. */
class RosterSearchTest extends DeskGuiTest {

    @Override
    protected void fill(DeskFixture fixture) {
        fixture.enrol("张三", DeskFixture.id(1956, 11), "前岭村", Category.MINIMUM_LIVING);
        fixture.enrol("李四", DeskFixture.id(1961, 13), "后岭村", Category.EXTREME_POOR);
        fixture.enrol("王五", DeskFixture.id(1970, 15), "石埠村");
    }

    @Test
    @SuppressWarnings("unchecked")
    void typingPinyinInitialsLeavesTheMatchingRow() throws Exception {
        TableView<RosterRow> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 3);
        waitUntil(() -> robot.lookup("#searchField").query().isFocused());
        robot.write("zs");
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals(List.of("张三"), table.getItems().stream().map(RosterRow::name).toList());
    }
}
