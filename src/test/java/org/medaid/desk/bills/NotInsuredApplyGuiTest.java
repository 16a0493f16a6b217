package org.medaid.desk.bills;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.insurance.CoverageDraft;
import org.medaid.insurance.InsuranceStatus;
import org.medaid.insurance.UninsuredReason;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 申请救助 on a bill the 参保台账 records 未参保: the dialog stays open with the refusal citing 临沂's own clause
 * (鲁医保发〔2021〕56号 二(六), ADR 0092), shown whole — the dialog grows to the long sentence instead of cutting it.
 */
class NotInsuredApplyGuiTest extends ScreensGuiTest {

    @Override
    protected void fill(ScreensFixture f) {
        PersonRecord wang = f.person("王秀英", ScreensFixture.LINYI, "前岭村", Category.MINIMUM_LIVING);
        f.work.insurance().record(new CoverageDraft(wang.id(), 2024, InsuranceStatus.UNINSURED, null, UninsuredReason.IMPRISONED,
                null), 0, null, ScreensFixture.service(f.clerk));
        f.add(ScreensFixture.stay(wang.id(), LocalDate.of(2024, 6, 20), "20000.00", "0.00", "10000.00"), f.clerk);
    }

    @Test
    void theRefusalCitesTheRegionsClauseAndIsShownWhole() throws Exception {
        openAs(fx.clerk);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> robot.lookup("#searchField").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.write("王秀英");
        waitUntil(() -> robot.lookup("#table").queryTableView().getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#applyButton").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.interact(() -> robot.lookup("#table").queryTableView().getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#applyButton").query().isDisabled());
        robot.interact(() -> ((Button) robot.lookup("#applyButton").query()).fire());
        waitUntil(() -> robot.lookup("#amountField").tryQuery().isPresent());
        DialogPane pane = (DialogPane) robot.lookup("#amountField").query().getScene().getRoot();
        double before = pane.getScene().getWindow().getHeight();
        robot.interact(() -> {
            ((TextField) pane.lookup("#amountField")).setText("5000");
            pane.getButtonTypes().stream().filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst()
                    .ifPresent(t -> ((Button) pane.lookupButton(t)).fire());
        });
        Label error = (Label) pane.lookup("#errorLabel");
        waitUntil(() -> error.getText() != null && error.getText().contains("鲁医保发〔2021〕56号 二(六)"));
        // the window is resized by a task queued when the sentence arrives, laid out on the next pulse
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane.getScene().getWindow().getHeight() > before, "the dialog grew to the refusal");
        String text = error.getText();
        assertTrue(text.startsWith("参保台账记载该人员在 2024-06-20（票据结算日）未参加基本医疗保险，不能申请医疗救助。"), text);
        assertTrue(text.contains("「将已参加基本医疗保险且因高额医疗费用支出导致家庭基本生活出现严重困难的大病患者纳入医疗救助范围」"), text);
        double needed = error.prefHeight(error.getWidth());
        assertTrue(error.getHeight() + 0.5 >= needed, "the refusal is cut: " + error.getHeight() + " of " + needed);
        double bottom = error.localToScene(error.getBoundsInLocal()).getMaxY();
        assertTrue(bottom <= pane.getScene().getHeight() + 0.5, "the refusal runs past the dialog: " + bottom + " > "
                + pane.getScene().getHeight());
    }
}
