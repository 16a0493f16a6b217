package org.medaid.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medaid.desk.bills.ScreensFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The report list alone: a page is made once, the first time it is chosen, and comes back with its state; the choice is handed on. */
class ReportsViewTest {

    final FxRobot robot = new FxRobot();
    final Map<String, AtomicInteger> made = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> shown = new ConcurrentHashMap<>();
    final List<String> chosen = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        org.medaid.desk.GuiTeardown.closeWindows();
    }

    private ReportEntry entry(String id, String group, String titleKey) {
        return new ReportEntry(id, group, titleKey, () -> {
            made.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            TextField field = new TextField();
            field.setId(id + "Field");
            return new ReportScreen(new VBox(field), () -> shown.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet());
        });
    }

    private int count(Map<String, AtomicInteger> m, String id) {
        return m.getOrDefault(id, new AtomicInteger()).get();
    }

    @SuppressWarnings("unchecked")
    private ListView<ReportEntry> list() {
        return robot.lookup("#reportList").queryAs(ListView.class);
    }

    @Test
    void aPageIsMadeOnceWhenFirstChosenAndTheRememberedOneOpens() throws Exception {
        AtomicReference<ReportsView> view = new AtomicReference<>();
        FxToolkit.setupStage(s -> {
            ReportsView v = new ReportsView(List.of(entry("a", "reports.group.lists", "lists.notice"),
                    entry("b", "reports.group.lists", "lists.payout"), entry("c", "reports.group.cases", "reports.intake")),
                    ScreensFixture.CHINESE, "b", chosen::add);
            view.set(v);
            s.setScene(new Scene((Parent) v.view(), 900, 600));
            s.show();
            s.requestFocus();
            v.shown();
        });
        org.medaid.Patience.until(() -> list().isFocused());
        assertEquals("b", list().getSelectionModel().getSelectedItem().id(), "the remembered report");
        assertEquals(0, count(made, "a"), "a report never chosen is never made");
        assertEquals(1, count(made, "b"));
        assertTrue(robot.lookup("#bField").tryQuery().isPresent());
        assertEquals(List.of("名单", "办理"), robot.lookup(".report-group").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).toList(), "a heading above the first report of each group");

        robot.press(KeyCode.UP).release(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, count(made, "a"));
        TextField a = robot.lookup("#aField").queryAs(TextField.class);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        org.medaid.Patience.until(a::isFocused);
        robot.write("x");
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        org.medaid.Patience.until(() -> list().isFocused());
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.UP).release(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, count(made, "a"), "chosen again: the same page, not a new one");
        assertSame(a, robot.lookup("#aField").query());
        assertEquals("x", a.getText(), "the page keeps what was typed");
        assertEquals(2, count(shown, "a"), "told each time it comes on screen");
        assertEquals(List.of("b", "a", "b", "a"), chosen, "each choice handed on, to be remembered");

        robot.interact(() -> view.get().shown());
        assertEquals(3, count(shown, "a"), "the section shown again refreshes the page on screen");
    }
}
