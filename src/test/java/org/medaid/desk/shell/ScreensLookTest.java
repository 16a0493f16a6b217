package org.medaid.desk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.desk.HeaderCheck;
import org.medaid.desk.ShotsFolder;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.desk.common.Section;
import org.medaid.policy.WorkingCalendar;
import org.medaid.sample.SampleScenario;
import org.medaid.store.PersonRecord;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The everyday screens over the sample township as a clerk sees them: no table header cut short, and a
 * screen's sentence in its colour (ADR 0078) — 设置's 已保存 green, its refusal red. With
 * {@code -Dmedaid.shots=docs/screenshots} each screen is written as a PNG (roster, person, 费用 search,
 * ledger, bill correction, approval, 设置 and its cards).
 */
class ScreensLookTest extends ScreensGuiTest {

    private PersonRecord withBills;
    private final List<String> cut = new ArrayList<>();
    private static final List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    protected void fill(ScreensFixture f) {
        SampleScenario.of(ScreensFixture.LINYI, ScreensFixture.TODAY, WorkingCalendar.bundled())
                .load(f.work.database(), f.work.policies(), WorkingCalendar.bundled(), f.work.clock());
        for (long id = 1; id < 400 && withBills == null; id++) {
            var p = f.work.people().byId(id);
            if (p.isPresent() && f.work.bills().forPersonAndYear(id, ScreensFixture.TODAY.getYear()).size() >= 2) {
                withBills = p.get();
            }
        }
    }

    @Test
    void everydayScreensShowWholeHeadersAndSentencesInTheirColour() throws Exception {
        assertTrue(withBills != null, "the sample township has a person with two bills this year");
        openAs(fx.clerk);
        settle();
        headers("人员");
        shoot("sample-roster.png");
        robot.interact(() -> window.people().openPerson(withBills.id()));
        await(() -> robot.lookup("#nameField").tryQuery().map(n -> withBills.name().equals(((TextInputControl) n).getText()))
                .orElse(false));
        settle();
        headers("人员 › " + withBills.name());
        shoot("person-form.png");

        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        await(() -> focused("#searchField"));
        robot.write(withBills.name());
        await(() -> visibleTable("#table").getItems().size() >= 1);
        settle();
        shoot("issue4-person-pick.png");
        robot.interact(() -> window.model().select(Section.BILLS));
        shortcut(KeyCode.CONTROL, KeyCode.A);
        robot.write(withBills.idNumber());
        await(() -> visibleTable("#table").getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup("#newButton").tryQuery().map(Node::isVisible).orElse(false)
                && visibleTable("#table").getItems().size() >= 2);
        settle();
        headers("费用 › 台账");
        shoot("sample-ledger.png");
        robot.type(KeyCode.ENTER);
        await(() -> focused("#hospitalField"));
        settle();
        shoot("issue4-bill-correction.png");
        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup("#newButton").tryQuery().map(Node::isVisible).orElse(false));

        openAs(fx.approver);
        robot.interact(() -> window.model().select(Section.APPROVALS));
        settle();
        TableView<?> cases = robot.lookup(".case-table").queryAs(TableView.class);
        if (!cases.getItems().isEmpty()) {
            robot.interact(() -> cases.getSelectionModel().selectFirst());
            settle();
        }
        headers("审批");
        placeShownWhole(cases);
        grantHeadNamesNoOtherRegionsClause();
        shoot("sample-approval.png");

        openAs(fx.admin);
        robot.interact(() -> window.model().select(Section.SETTINGS));
        settle();
        idleMinutesSayWhatHappenedInTheirColour();
        shoot("settings.png");
        for (String[] card : new String[][] {{"#usersAdd", "settings-users.png"}, {"#countyFigures", "settings-county-figures.png"},
                {"#bundleButton", "settings-about.png"}, {"#backupButton", "firstrun-7-settings-data.png"}}) {
            scrollTo(card[0]);
            settle();
            shoot(card[1]);
        }
        assertTrue(cut.isEmpty(), "table headers cut short: " + cut);
    }

    /**
     * The case's computed grant (ADR 0056) is headed without a clause of its own: the lines under it cite the case's
     * policy. It cited 邵医保发〔2021〕32号 for every case, a 临沂 one too; a grant of 0.00 says why (ADR 0082).
     */
    private void grantHeadNamesNoOtherRegionsClause() throws Exception {
        await(() -> robot.lookup(".grant-lines").tryQuery().isPresent());
        List<String> said = robot.lookup(".grant-lines .label").queryAll().stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(said.get(0).startsWith("依申请核定的救助金额（按本案政策计算）："), said.get(0));
        assertTrue(said.stream().noneMatch(t -> t.contains("邵医保发")), "a 临沂 case cites no Shaoyang clause: " + said);
        assertTrue(said.stream().skip(1).anyMatch(t -> t.contains("临医保发〔2022〕13号")), "the lines cite the case's policy: " + said);
        if (said.get(0).contains("：0.00（")) {
            assertTrue(said.contains("本案票据的救助已在结算时按政策计算，依申请不再增加；批准其他金额须填写调整理由。"), said.toString());
            // a bill's head line says what its settlement paid, so its own lines do not contradict the 0.00 it adds
            assertTrue(said.stream().filter(t -> t.matches("\\d{4}-\\d{2}-\\d{2} .*")).allMatch(
                    t -> t.matches(".*：结算时已付医疗救助、再救助 [\\d,]+\\.\\d{2}，依申请再增加 0\\.00")), said.toString());
        }
    }

    /** 审批's 乡镇、村: the clerk reads the whole township and village of each case, never "兰山样例…". */
    private void placeShownWhole(TableView<?> cases) {
        List<Node> cells = cases.lookupAll(".wrapped-cell").stream().filter(n -> ((javafx.scene.control.TableCell<?, ?>) n)
                .getGraphic() != null).toList();
        assertEquals(cases.getItems().size(), cells.size(), "one place cell a case");
        for (Node n : cells) {
            var cell = (javafx.scene.control.TableCell<?, ?>) n;
            javafx.scene.text.Text shown = (javafx.scene.text.Text) cell.getGraphic();
            assertEquals(cell.getItem(), shown.getText(), "the cell shows the whole place");
            assertTrue(shown.getBoundsInParent().getMaxX() <= cell.getWidth() && shown.getBoundsInParent().getMaxY() <= cell.getHeight(),
                    "“" + shown.getText() + "” stands inside its cell: " + shown.getBoundsInParent() + " in " + cell.getWidth()
                            + "x" + cell.getHeight());
            assertEquals(shown.getText(), cell.getTooltip().getText(), "the tooltip repeats the place");
        }
    }

    /** 设置 › 空闲锁定: a kept value says 已保存 in the success colour, a value out of range says why in the error colour. */
    private void idleMinutesSayWhatHappenedInTheirColour() throws Exception {
        Label message = robot.lookup("#idleMessage").queryAs(Label.class);
        TextInputControl field = robot.lookup("#idleField").queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.textProperty().addListener((o, x, y) -> seen.add("field " + y));
            message.textProperty().addListener((o, x, y) -> seen.add("message " + y));
            field.focusedProperty().addListener((o, x, y) -> seen.add("focused " + y));
        });
        robot.interact(field::requestFocus);
        await(field::isFocused);
        shortcut(KeyCode.CONTROL, KeyCode.A);
        keys("30");
        robot.type(KeyCode.ENTER);
        said(message, field, "已保存");
        assertEquals(List.of(true, false), List.of(message.getStyleClass().contains("field-ok"),
                message.getStyleClass().contains("field-message")), "已保存 in green: " + message.getStyleClass());
        assertEquals(30, window.settings().idleMinutes());
        shortcut(KeyCode.CONTROL, KeyCode.A);
        keys("0");
        robot.type(KeyCode.ENTER);
        said(message, field, "1–240");
        assertEquals(List.of(false, true), List.of(message.getStyleClass().contains("field-ok"),
                message.getStyleClass().contains("field-message")), "the refusal in red: " + message.getStyleClass());
        assertEquals(30, window.settings().idleMinutes(), "a refused value is not kept");
        shortcut(KeyCode.CONTROL, KeyCode.A);
        keys("30");
        robot.type(KeyCode.ENTER);
        // back to the kept minutes: the refusal goes, nothing is saved again
        await(() -> message.getText().isEmpty());
        // the focus leaves the field before the window closes (leaving it keeps the minutes)
        robot.interact(() -> window.scene().lookup("#languageBox").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void said(Label message, TextInputControl field, String part) throws Exception {
        try {
            await(() -> message.getText().contains(part));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("expected “" + part + "”, the screen says “" + message.getText() + "” with the field “"
                    + field.getText() + "”: " + seen, e);
        }
    }

    private void scrollTo(String id) {
        robot.interact(() -> {
            Node target = window.scene().lookup(id);
            // the card around it comes to the top of the page
            for (Node n = target; n != null; n = n.getParent()) {
                if (n.getStyleClass().contains("card")) {
                    target = n;
                    break;
                }
            }
            ScrollPane scroll = (ScrollPane) window.scene().lookup(".page-scroll");
            Node content = scroll.getContent();
            double y = content.sceneToLocal(target.localToScene(0, 0)).getY();
            double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (y - 12) / range)));
        });
    }

    private void headers(String screen) {
        for (Node n : robot.lookup(".table-view").queryAll()) {
            if (shown(n)) {
                HeaderCheck.cut((TableView<?>) n).forEach(h -> cut.add(screen + ": " + h));
            }
        }
    }

    private void shoot(String name) throws Exception {
        ShotsFolder.shoot(window.scene(), name);
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> visibleTable(String id) {
        return (TableView<Object>) robot.lookup(id).match(ScreensLookTest::shown).query();
    }

    private boolean focused(String id) {
        return robot.lookup(id).match(ScreensLookTest::shown).tryQuery().map(Node::isFocused).orElse(false);
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        org.medaid.Patience.until(condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The screens load on the worker: wait until it is idle and the FX thread has drawn what it brought. */
    private void settle() throws Exception {
        var running = ((org.medaid.desk.task.FxTaskExecutor) window.executor()).runningProperty();
        for (int round = 0; round < 2; round++) {
            WaitForAsyncUtils.waitForFxEvents();
            await(() -> running.get() == 0);
        }
    }
}
