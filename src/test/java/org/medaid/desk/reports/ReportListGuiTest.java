package org.medaid.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.medaid.desk.ShotsFolder;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.bills.StoredBill;
import org.medaid.chronic.Entitlement;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;
import org.medaid.workflow.ApplicationRequest;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.desk.common.Section;

/**
 * 报表 in the real desk: the report list takes the keyboard, Up/Down shows a page, Enter moves into it, Ctrl+1…5 leave
 * from any focus, the report chosen last comes back, and every title of the list is on screen whole (no strip cut at 1320 px).
 */
class ReportListGuiTest extends ScreensGuiTest {

    @SuppressWarnings("unchecked")
    private ListView<ReportEntry> list() {
        return robot.lookup("#reportList").queryAs(ListView.class);
    }

    private String chosen() {
        ReportEntry e = list().getSelectionModel().getSelectedItem();
        return e == null ? null : e.id();
    }

    private boolean inPage(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("report-page")) {
                return true;
            }
        }
        return false;
    }

    /** Waits longer than the usual ten seconds: the first page of 报表 is built while other builds share the machine. */
    private static void patiently(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        org.medaid.Patience.until(condition);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theListTakesTheKeyboardAndRemembersTheLastReport() throws Exception {
        openAs(fx.clerk);
        robot.interact(() -> window.stage().requestFocus());
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT4);
        patiently(() -> robot.lookup("#reportList").tryQuery().isPresent() && list().isFocused());
        assertEquals("notice", chosen(), "the first report of the list");
        waitUntil(() -> robot.lookup("#noticeTable").tryQuery().isPresent());

        List<Label> titles = robot.lookup(".report-title").queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() != null && l.isVisible()).toList();
        assertEquals(list().getItems().size(), titles.size(), "every report is on screen without scrolling");
        for (Label l : titles) {
            assertTrue(l.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .allMatch(t -> t.getText().equals(l.getText())), "cut: " + l.getText());
        }
        ShotsFolder.shoot(window.scene(), "reports-list.png");

        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        waitUntil(() -> "payout".equals(chosen()) && robot.lookup("#payoutTable").tryQuery().isPresent());
        assertTrue(list().isFocused(), "Down keeps the keyboard on the list");
        assertTrue(robot.lookup("#noticeTable").tryQuery().isEmpty(), "one page at a time");

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> inPage(window.scene().getFocusOwner()));

        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        waitUntil(() -> list().isFocused());
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        waitUntil(() -> inPage(window.scene().getFocusOwner()));

        shortcut(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> window.model().sectionProperty().get() == Section.PEOPLE);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT4);
        waitUntil(() -> window.model().sectionProperty().get() == Section.REPORTS && list().isFocused());
        assertEquals("payout", chosen(), "the report chosen last");

        for (int i = 0; i < list().getItems().size(); i++) {
            robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        }
        waitUntil(() -> "objections".equals(chosen()));
        assertNotEquals(null, robot.lookup(".report-page").query());
        assertTrue(list().isFocused(), "a page shown from the list leaves the keyboard on the list");
    }

    @Override
    protected void fill(ScreensFixture f) {
        PersonRecord liu = f.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MARGINAL);
        StoredBill bill = f.add(ScreensFixture.stay(liu.id(), LocalDate.of(2024, 11, 28), "30000.00", "2000.00", "15000.00"), f.clerk);
        AssistanceApplication a = f.work.workflow().apply(new ApplicationRequest(liu.id(), List.of(bill.id()),
                LocalDate.of(2024, 12, 2), new BigDecimal("3000.00"), null, null, null), ScreensFixture.service(f.clerk));
        a = f.work.workflow().review(a.id(), a.version(), LocalDate.of(2024, 12, 4), "李审核", null, ScreensFixture.service(f.reviewer));
        f.work.workflow().approve(a.id(), a.version(), null, LocalDate.of(2024, 12, 10), "同意", ScreensFixture.service(f.approver));
        PersonRecord wang = f.person("王五", ScreensFixture.LINYI, "朱保村", Category.MINIMUM_LIVING);
        StoredBill w = f.add(ScreensFixture.stay(wang.id(), LocalDate.of(2024, 12, 1), "12000.00", "1000.00", "5000.00"), f.clerk);
        f.work.workflow().apply(new ApplicationRequest(wang.id(), List.of(w.id()), LocalDate.of(2024, 12, 9),
                new BigDecimal("1000.00"), null, null, null), ScreensFixture.service(f.clerk));
        f.work.chronic().application(wang.id(), "慢性阻塞性肺疾病", Entitlement.Help.HELPED, LocalDate.of(2024, 12, 2),
                ScreensFixture.service(f.clerk));
    }

    /** Every report of the list opens its page; with -Dmedaid.shots each is pictured as reports-list-ID.png. */
    @Test
    void everyReportOpensItsPage() throws Exception {
        openAs(fx.approver);
        robot.interact(() -> window.model().select(Section.REPORTS));
        patiently(() -> robot.lookup("#reportList").tryQuery().isPresent());
        for (ReportEntry e : List.copyOf(list().getItems())) {
            robot.interact(() -> list().getSelectionModel().select(e));
            Node page = robot.lookup(".report-page").query();
            patiently(() -> ((javafx.scene.Parent) page).getChildrenUnmodifiable().size() == 1
                    && page.lookupAll(".progress-indicator").stream().noneMatch(Node::isVisible));
            ShotsFolder.shoot(window.scene(), "reports-list-" + e.id() + ".png");
        }
        assertEquals("objections", chosen());
    }
}
