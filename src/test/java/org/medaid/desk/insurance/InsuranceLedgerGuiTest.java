package org.medaid.desk.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.desk.HeaderCheck;
import org.medaid.desk.ShotsFolder;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.desk.ReportList;
import org.medaid.insurance.InsuranceStatus;
import org.medaid.insurance.UninsuredReason;
import org.medaid.insurance.UninsuredRow;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;

/** 报表 › 参保台账 in the real desk: the village table's headers whole, an uninsured person recorded with the reason. */
class InsuranceLedgerGuiTest extends ScreensGuiTest {

    private PersonRecord wang;

    @Override
    protected void fill(ScreensFixture f) {
        wang = f.person("王五", ScreensFixture.LINYI, "东岭村", Category.MINIMUM_LIVING);
        f.person("赵六", ScreensFixture.LINYI, "西岭村", Category.EXTREME_POOR);
    }

    @SuppressWarnings("unchecked")
    private TableView<UninsuredRow> table() {
        return robot.from(page()).lookup("#table").queryAs(TableView.class);
    }

    /** The 参保台账 page (other pages of the desk have fields of the same ids). */
    private javafx.scene.Node page() {
        javafx.scene.Node page = robot.lookup("#villageTable").query();
        while (!page.getStyleClass().contains("page")) {
            page = page.getParent();
        }
        return page;
    }

    @Test
    void theVillageHeadersAreWholeAndAnUninsuredPersonIsRecordedWithTheReason() throws Exception {
        openAs(fx.clerk);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT4);
        ReportList.open(robot, "参保台账");
        waitUntil(() -> robot.lookup("#villageTable").tryQuery().isPresent() && table().getItems().size() == 2);
        waitUntil(() -> robot.lookup("#villageTable").queryAs(TableView.class).getItems().size() == 2);
        assertEquals(List.of(), HeaderCheck.cut(robot.lookup("#villageTable").queryAs(TableView.class)));
        assertEquals(List.of(), HeaderCheck.cut(table()));

        int row = table().getItems().stream().map(UninsuredRow::personId).toList().indexOf(wang.id());
        robot.interact(() -> table().getSelectionModel().select(row));
        robot.interact(() -> robot.from(page()).lookup("#statusBox").queryAs(ComboBox.class).setValue(InsuranceStatus.UNINSURED));
        robot.interact(() -> robot.from(page()).lookup("#reasonBox").queryAs(ComboBox.class).setValue(UninsuredReason.MILITARY_SERVICE));
        javafx.scene.control.Button save = robot.from(page()).lookup("#saveButton").queryButton();
        waitUntil(() -> !save.isDisabled());
        robot.interact(save::fire);
        waitUntil(() -> table().getItems().stream().anyMatch(r -> r.entry() != null
                && r.entry().reason() == UninsuredReason.MILITARY_SERVICE));
        assertEquals(UninsuredReason.MILITARY_SERVICE, fx.work.insurance().forPerson(wang.id()).get(0).reason());
        ShotsFolder.shoot(window.scene(), "insurance-ledger.png");
    }
}
