package org.medaid.desk.chronic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.medaid.chronic.Entitlement;
import org.medaid.desk.HeaderCheck;
import org.medaid.desk.ShotsFolder;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;

/**
 * The person screen's card 门诊慢特病资格 in the real desk (ADR 0068): a 代办 application already on the desk is
 * certified from the window the card opens, and the card then names the disease certified today.
 */
class ChronicGuiTest extends ScreensGuiTest {

    private PersonRecord liu;
    private Entitlement applied;

    @Override
    protected void fill(ScreensFixture f) {
        liu = f.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MINIMUM_LIVING);
        applied = f.work.chronic().application(liu.id(), "尿毒症", Entitlement.Help.PROXY, LocalDate.of(2024, 10, 8),
                ScreensFixture.service(f.clerk));
    }

    private Stage chronicWindow() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("门诊慢特病资格")).map(w -> (Stage) w).findFirst().orElse(null);
    }

    @Test
    void aProxyApplicationIsCertifiedFromThePersonScreen() throws Exception {
        openAs(fx.clerk);
        robot.interact(() -> window.people().openPerson(liu.id()));
        Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
        waitUntil(() -> summary.getText().contains("1 项认定申请办理中"));
        assertTrue(summary.getText().startsWith("当前没有有效的门诊慢特病资格"), summary.getText());
        ShotsFolder.shoot(window.scene(), "person-chronic-card.png");

        Button open = robot.lookup("#openButton").queryButton();
        waitUntil(() -> !open.isDisabled());
        robot.interact(open::fire);
        waitUntil(() -> chronicWindow() != null);
        Stage w = chronicWindow();
        @SuppressWarnings("unchecked")
        TableView<Entitlement> table = robot.from(w.getScene().getRoot()).lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals(List.of(), HeaderCheck.cut(table));
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> {
            robot.from(w.getScene().getRoot()).lookup("#certificateField").queryAs(TextField.class).setText("SY-2024-118");
            robot.from(w.getScene().getRoot()).lookup("#certifiedByField").queryAs(TextField.class).setText("邵东县医疗保障局");
            robot.from(w.getScene().getRoot()).lookup("#fromField").queryAs(TextField.class).setText("2024-11-01");
        });
        assertEquals("尿毒症", robot.from(w.getScene().getRoot()).lookup("#diseaseBox").queryAs(ComboBox.class).getEditor().getText(),
                "the chosen application's disease");
        robot.interact(() -> robot.from(w.getScene().getRoot()).lookup("#certifyButton").queryButton().fire());
        waitUntil(() -> fx.work.chronic().forPerson(liu.id()).get(0).state() == Entitlement.State.CERTIFIED);
        Entitlement e = fx.work.chronic().forPerson(liu.id()).get(0);
        assertEquals(applied.id(), e.id(), "the application itself is certified, not a second entry");
        assertEquals("SY-2024-118", e.certificateNo());
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).state() == Entitlement.State.CERTIFIED);
        ShotsFolder.shoot(w.getScene(), "person-chronic-window.png");

        robot.interact(w::close);
        waitUntil(() -> summary.getText().equals("尿毒症（长期）"));
    }
}
