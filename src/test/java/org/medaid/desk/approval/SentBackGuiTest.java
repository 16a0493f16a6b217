package org.medaid.desk.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.bills.StoredBill;
import org.medaid.desk.ShotsFolder;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;
import org.medaid.workflow.ApplicationRequest;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Stage;

/**
 * ADR 0064 on the screen: an approved case whose bill is corrected is back at 乡镇审核 when the county opens it; the
 * approved amount it lost (3,500.00, 邵医保发〔2021〕32号 三(八)) shows beside the amount the calculator grants now
 * (4,500.00). With -Dmedaid.shots=FOLDER the window is written there as approval-sent-back.png.
 */
class SentBackGuiTest extends ScreensGuiTest {

    PersonRecord liu;
    StoredBill bill;
    AssistanceApplication approved;

    @Override
    protected void fill(ScreensFixture f) {
        liu = f.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        bill = f.add(ScreensFixture.stay(liu.id(), LocalDate.of(2024, 11, 28), "30000.00", "2000.00", "15000.00"), f.clerk);
        AssistanceApplication a = f.work.workflow().apply(new ApplicationRequest(liu.id(), List.of(bill.id()),
                LocalDate.of(2024, 12, 2), new BigDecimal("3000.00"), null, null, null), ScreensFixture.service(f.clerk));
        a = f.work.workflow().review(a.id(), a.version(), LocalDate.of(2024, 12, 4), "李审核", null, ScreensFixture.service(f.reviewer));
        approved = f.work.workflow().approve(a.id(), a.version(), null, LocalDate.of(2024, 12, 10), "同意",
                ScreensFixture.service(f.approver));
    }

    @Test
    void anApprovedCaseWhoseBillChangedShowsTheLostApprovalBesideTheNewFigure() throws Exception {
        StoredBill now = fx.work.bills().byId(bill.id()).orElseThrow();
        fx.work.bills().correct(bill.id(), now.version(), ScreensFixture.stay(liu.id(), LocalDate.of(2024, 11, 28), "32000.00",
                "2000.00", "15000.00"), ScreensFixture.service(fx.clerk));

        openAs(fx.approver);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#stage-APPROVED").tryQuery().isPresent());
        shortcut(KeyCode.ALT, KeyCode.DIGIT4);
        waitUntil(() -> robot.lookup("#figuresGrantBefore").tryQuery().isPresent());

        AssistanceApplication back = fx.work.workflow().byId(approved.id()).orElseThrow();
        assertEquals(Stage.APPLIED, back.stage(), "back at 乡镇审核");
        assertNull(back.approvedAmount());
        assertEquals("3,500.00（2024-12-10 批准；按政策计算 3,500.00）",
                robot.lookup("#figuresGrantBefore").queryAs(Label.class).getText(), "old");
        assertEquals("按政策计算 4,500.00", robot.lookup("#figuresGrantNow").queryAs(Label.class).getText(), "new");
        assertTrue(robot.lookup("#figuresWarning").queryAs(Label.class).getText().contains("退回乡镇审核"));
        waitUntil(() -> robot.lookup("#stage-APPLIED").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        waitUntil(() -> robot.lookup("#figuresGrantBefore").tryQuery().isPresent());
        ShotsFolder.shoot(window.scene(), "approval-sent-back.png");
    }
}
