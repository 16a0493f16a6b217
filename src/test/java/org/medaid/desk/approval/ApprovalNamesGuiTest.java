package org.medaid.desk.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.medaid.bills.StoredBill;
import org.medaid.desk.HeaderCheck;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;
import org.medaid.workflow.ApplicationRequest;

/** 审批's case list at 1320 px shows every name whole (it read "刘..."), headers included. */
class ApprovalNamesGuiTest extends ScreensGuiTest {

    @Override
    protected void fill(ScreensFixture f) {
        for (String name : List.of("刘桂香", "欧阳秀英")) {
            PersonRecord p = f.person(name, ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
            StoredBill b = f.add(ScreensFixture.stay(p.id(), LocalDate.of(2024, 11, 28), "30000.00", "2000.00", "15000.00"), f.clerk);
            f.work.workflow().apply(new ApplicationRequest(p.id(), List.of(b.id()), LocalDate.of(2024, 12, 2),
                    new BigDecimal("3000.00"), null, null, null), ScreensFixture.service(f.clerk));
        }
    }

    @Test
    void theNameColumnShowsWholeNames() throws Exception {
        openAs(fx.reviewer);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#stage-APPLIED").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#stage-APPLIED").queryAs(ToggleButton.class).fire());
        @SuppressWarnings("unchecked")
        TableView<Object> cases = robot.lookup("#caseTable").queryAs(TableView.class);
        waitUntil(() -> cases.getItems().size() == 2);
        assertEquals(List.of(), HeaderCheck.cut(cases));
        List<String> names = cases.lookupAll(".table-cell").stream().filter(TableCell.class::isInstance).map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() == cases.getColumns().get(0) && c.getText() != null && !c.getText().isEmpty())
                .map(c -> c.getText() + (c.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                        .allMatch(t -> t.getText().equals(c.getText())) ? "" : " (cut)")).sorted().toList();
        assertEquals(List.of("刘桂香", "欧阳秀英"), names, "the names, none cut");
        assertTrue(cases.getColumns().get(0).getWidth() >= 84, "width " + cases.getColumns().get(0).getWidth());
    }
}
