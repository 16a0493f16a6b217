package org.medaid.desk.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.bills.StoredBill;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.desk.common.Snapshots;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;
import org.medaid.workflow.ApplicationRequest;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.FiguresChange;
import org.medaid.workflow.Stage;
import org.medaid.workflow.WorkflowException;
import org.medaid.workflow.WorkflowProblem;

/**
 * ADR 0031: an application in 公示 whose bill's figures change (an earlier bill entered) is back at 乡镇审核
 * when the reviewer opens it, showing the old and the new amounts side by side; it cannot be approved on the
 * old ones, and the review takes the new ones.
 */
class ApplicationFiguresGuiTest extends ScreensGuiTest {

    PersonRecord wang;
    StoredBill late;
    AssistanceApplication publicised;

    @Override
    protected void fill(ScreensFixture f) {
        f.noticeBeforeApproval();
        wang = f.person("王五", ScreensFixture.LINYI, "朱保村", Category.MINIMUM_LIVING);
        late = f.add(ScreensFixture.stay(wang.id(), LocalDate.of(2024, 11, 20), "12000.00", "1000.00", "5000.00"), f.clerk);
        AssistanceApplication a = f.work.workflow().apply(new ApplicationRequest(wang.id(), List.of(late.id()),
                LocalDate.of(2024, 11, 22), new BigDecimal("2800.00"), null, null, null), ScreensFixture.service(f.clerk));
        a = f.work.workflow().review(a.id(), a.version(), LocalDate.of(2024, 11, 25), "刘干部", null, ScreensFixture.service(f.reviewer));
        publicised = f.work.workflow().publicise(a.id(), a.version(), LocalDate.of(2024, 11, 26), null,
                ScreensFixture.service(f.reviewer));
    }

    private AssistanceApplication application() {
        return fx.work.workflow().byId(publicised.id()).orElseThrow();
    }

    @Test
    void aCaseInPublicityWhoseFiguresChangedIsBackAtReviewShowingOldAndNew() throws Exception {
        fx.add(ScreensFixture.stay(wang.id(), LocalDate.of(2024, 11, 1), "20000.00", "0.00", "5000.00"), fx.clerk);
        WorkflowException refused = assertThrows(WorkflowException.class, () -> fx.work.workflow().approve(publicised.id(),
                publicised.version(), new BigDecimal("1000.00"), LocalDate.of(2024, 12, 3), null, ScreensFixture.service(fx.approver)));
        assertEquals(WorkflowProblem.FIGURES_NOT_REVIEWED, refused.problem(), "no approval on amounts nobody reviewed");

        openAs(fx.reviewer);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#stage-PUBLICISED").tryQuery().isPresent());
        shortcut(KeyCode.ALT, KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#figuresWarning").tryQuery().isPresent());
        assertEquals(Stage.APPLIED, application().stage(), "back at 乡镇审核");
        assertTrue(robot.lookup("#figuresWarning").queryAs(Label.class).getText().contains("退回乡镇审核"));
        assertEquals("2,800.00", robot.lookup("#figuresRequested").queryAs(Label.class).getText(), "申请金额 stays");
        FiguresChange change = SettlementDesk.over(fx.work).figures().pending(publicised.id()).orElseThrow();
        assertEquals(new BigDecimal("4200.00"), change.before().get(0).assistance());
        assertEquals(new BigDecimal("0.00"), change.after().get(0).assistance());
        assertEquals(new BigDecimal("4200.00"), change.after().get(0).reAssistance());
        assertEquals(Stage.PUBLICISED, change.fromStage());
        String dir = System.getProperty("medaid.shots");
        if (dir != null) {
            java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
            Platform.runLater(() -> {
                Snapshots.write(window.scene(), Path.of(dir).resolve("settle-application-back-to-review.png"));
                done.complete(null);
            });
            done.get(org.medaid.Patience.SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        }

        AssistanceApplication back = application();
        AssistanceApplication reviewed = fx.work.workflow().review(back.id(), back.version(), LocalDate.of(2024, 12, 18),
                "刘干部", null, ScreensFixture.service(fx.reviewer));
        assertEquals(new BigDecimal("4200.00"), reviewed.bills().get(0).reAssistance(), "the review takes the new amounts");
        assertTrue(SettlementDesk.over(fx.work).figures().pending(publicised.id()).isEmpty());
        assertEquals(new BigDecimal("2800.00"), reviewed.requestedAmount());
    }
}
