package org.medaid.desk.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Stage;
import org.medaid.workflow.StageRecord;

/**
 * an application moves from 申请 to 拨付 with two users, by keyboard. The clerk applies from the
 * ledger and cannot review; the reviewer reviews, publicises and approves; the clerk pays. A 邵阳 低保边缘
 * person's bill goes by application (邵医保发〔2021〕32号 三(八)); today is Friday 2024-12-20.
 */
class ApplicationByTwoUsersTest extends ScreensGuiTest {

    PersonRecord liu;

    @Override
    protected void fill(ScreensFixture f) {
        f.noticeBeforeApproval();
        liu = f.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        f.add(ScreensFixture.stay(liu.id(), LocalDate.of(2024, 11, 28), "30000.00", "2000.00", "15000.00"), f.clerk);
    }

    private AssistanceApplication application() {
        return fx.work.workflow().forPerson(liu.id()).get(0);
    }

    /** Alt+{@code key} opens the step's dialog; {@code date} is typed over the date; Enter confirms. */
    private void step(KeyCode key, String date, Stage after) throws Exception {
        waitUntil(() -> robot.lookup("#caseTitle").queryAs(Label.class).getText().equals("刘桂香"));
        if (after == Stage.APPROVED) {
            waitUntil(() -> robot.lookup(".grant-lines").tryQuery().isPresent());
            shot(window.scene(), "approval-computed.png");
        }
        shortcut(KeyCode.ALT, key);
        waitUntil(() -> robot.lookup("#dateField").tryQuery().isPresent());
        if (after == Stage.APPROVED) {
            shot(robot.lookup("#dateField").query().getScene(), "approval-step-computed.png");
        }
        shortcut(KeyCode.ALT, KeyCode.D);
        retype(date);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> application().stage() == after);
    }

    /** With -Dmedaid.screenshots=FOLDER the scene is written there (docs/screenshots). */
    private static void shot(javafx.scene.Scene scene, String name) throws Exception {
        String dir = System.getProperty("medaid.screenshots");
        if (dir != null) {
            org.testfx.util.WaitForAsyncUtils.asyncFx(() -> org.medaid.desk.common.Snapshots.write(scene,
                    java.nio.file.Path.of(dir, name))).get(org.medaid.Patience.SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void anApplicationGoesFromApplyToPayoutWithAClerkAndAReviewer() throws Exception {
        openAs(fx.clerk);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> robot.lookup("#searchField").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.write("刘桂香");
        waitUntil(() -> robot.lookup("#table").queryTableView().getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#table").queryTableView().getItems().size() == 1
                && robot.lookup("#table").queryTableView().getSelectionModel().getSelectedIndex() == 0);
        shortcut(KeyCode.ALT, KeyCode.A);
        waitUntil(() -> robot.lookup("#dateField").tryQuery().map(n -> n.isFocused()).orElse(false));
        retype("2024-12-02");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !fx.work.workflow().forPerson(liu.id()).isEmpty());
        waitUntil(() -> robot.lookup("#whyLabel").queryAs(Label.class).getText().contains("乡镇审核人"));
        assertTrue(robot.lookup("#reviewButton").queryAs(Button.class).isDisabled(), "the clerk cannot review");

        openAs(fx.reviewer);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT3);
        step(KeyCode.R, "2024-12-04", Stage.TOWNSHIP_REVIEWED);
        step(KeyCode.G, "2024-12-05", Stage.PUBLICISED);
        assertEquals(LocalDate.of(2024, 12, 11), application().publicityEnd(), "5 working days, the weekend skipped");

        BigDecimal selfPayBefore = application().selfPayTotal();
        openAs(fx.approver);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#stage-APPLIED").tryQuery().isPresent());
        shortcut(KeyCode.ALT, KeyCode.DIGIT3);
        step(KeyCode.A, "2024-12-12", Stage.APPROVED);

        openAs(fx.approver);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#stage-APPLIED").tryQuery().isPresent());
        shortcut(KeyCode.ALT, KeyCode.DIGIT4);
        step(KeyCode.B, "2024-12-16", Stage.PAID);

        AssistanceApplication paid = application();
        assertEquals(List.of("clerk1", "reviewer1", "reviewer1", "approver1", "approver1"),
                paid.history().stream().map(StageRecord::user).toList());
        assertEquals(LocalDate.of(2024, 12, 16), paid.payoutDate());
        assertEquals("6230000000000000007", paid.bankAccount());
        String figures = "approved " + paid.approvedAmount() + ", requested " + paid.requestedAmount() + ", self-pay before "
                + selfPayBefore + ", after " + paid.selfPayTotal();
        // the approver confirmed the calculator's amount (ADR 0056), worked by hand from 邵医保发〔2021〕32号 三(八):
        // compliant 30,000 − 2,000 = 28,000; − basic 15,000 = 13,000; (13,000 − 6,000 deductible) × 50% = 3,500.00
        assertEquals(new BigDecimal("3500.00"), paid.approvedAmount(), figures);
        assertEquals(new BigDecimal("3500.00"), paid.computedAmount(), figures);
        // the approval pays the burden once: the bills do not also compute the by-application track
        assertEquals(0, paid.selfPayTotal().compareTo(selfPayBefore), figures);
        assertTrue(paid.approvedAmount().compareTo(BigDecimal.ZERO) > 0);
    }
}
