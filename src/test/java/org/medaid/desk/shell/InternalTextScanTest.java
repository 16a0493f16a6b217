package org.medaid.desk.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import org.medaid.desk.reports.ReportEntry;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.desk.common.Section;
import org.medaid.policy.WorkingCalendar;
import org.medaid.sample.SampleScenario;
import org.medaid.store.PersonRecord;
import org.medaid.workflow.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No internal text reaches the clerk: with the sample township loaded, every section, every 报表 tab, every
 * card of 设置, each approval stage with a case open, a person's page, a year ledger and a bill open for
 * correction (with its computed panel) are opened in Chinese and their scene graph is read — labels,
 * buttons, table cells, fields, prompts, tooltips and report titles. A text holding an ASCII identifier path such as
 * {@code basic.table[1].rate}, {@code a.b[1].c} or a Java class name fails with the screen and the text.
 */
class InternalTextScanTest extends ScreensGuiTest {

    /** Dotted names, with or without [n]: basic.table[1].rate, step.error.date, java.lang.IllegalState. */
    static final Pattern IDENTIFIER = Pattern.compile(
            "(?<![\\w/\\\\.:-])[A-Za-z_][A-Za-z0-9_]*(?:\\[\\d+])?(?:\\.[A-Za-z_][A-Za-z0-9_]*(?:\\[\\d+])?)+(?![\\w/\\\\-])");
    /** A file name is the clerk's (county-figures.yaml, 结算单.pdf), not internal text. */
    static final Pattern FILE = Pattern.compile(".*\\.(yaml|yml|csv|xlsx|xls|pdf|zip|db|txt|log|json|png|ttf|ttc|otf|properties)$");

    private final List<String> found = new ArrayList<>();
    private final java.util.Set<String> read = new java.util.HashSet<>();
    private PersonRecord withBills;

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
    void noScreenShowsAnInternalIdentifier() throws Exception {
        theScanFindsWhatItLooksFor();
        assertTrue(withBills != null, "the sample township has a person with two bills this year");
        openAs(fx.admin);
        for (Section s : List.of(Section.PEOPLE, Section.BILLS, Section.REPORTS, Section.SETTINGS)) {
            robot.interact(() -> window.model().select(s));
            settle();
            scan(s.name());
            if (s == Section.REPORTS) {
                reportTabs();
            }
        }
        openAs(fx.approver);
        approvals();
        openAs(fx.clerk);
        personAndLedger();
        assertTrue(read.size() > 800, "the scan read only " + read.size() + " texts");
        assertTrue(found.isEmpty(), "internal text on screen:\n" + String.join("\n", found));
    }

    /** The pattern finds what it looks for, and leaves money, paths and file names alone. */
    private static void theScanFindsWhatItLooksFor() {
        assertTrue(IDENTIFIER.matcher("使用了文件未明确的参数：basic.table[1].rate、basic.table[1].deductible").find());
        assertTrue(IDENTIFIER.matcher("a.b[1].c").find());
        assertTrue(IDENTIFIER.matcher("出错：java.lang.IllegalStateException").find());
        assertTrue(IDENTIFIER.matcher("approval.fact.applied").find());
        assertTrue(!IDENTIFIER.matcher("医疗费总额 12,000.00").find());
        assertTrue(!IDENTIFIER.matcher("/tmp/data/medaid.mv.db").find());
        assertTrue(FILE.matcher("county-figures.yaml").matches());
    }

    private void reportTabs() throws Exception {
        @SuppressWarnings("unchecked")
        ListView<ReportEntry> reports = robot.lookup("#reportList").queryAs(ListView.class);
        for (ReportEntry r : new ArrayList<>(reports.getItems())) {
            robot.interact(() -> reports.getSelectionModel().select(r));
            settle();
            scan("报表 › " + r.id());
        }
    }

    private void approvals() throws Exception {
        robot.interact(() -> window.model().select(Section.APPROVALS));
        settle();
        for (Stage s : Stage.values()) {
            var button = robot.lookup("#stage-" + s.name()).tryQuery();
            if (button.isEmpty()) {
                continue;
            }
            robot.interact(() -> ((ButtonBase) button.get()).fire());
            settle();
            TableView<?> cases = robot.lookup(".case-table").queryAs(TableView.class);
            if (!cases.getItems().isEmpty()) {
                robot.interact(() -> cases.getSelectionModel().selectFirst());
                settle();
            }
            scan("审批 › " + s.name());
        }
    }

    private void personAndLedger() throws Exception {
        robot.interact(() -> window.people().openPerson(withBills.id()));
        await(() -> robot.lookup("#nameField").tryQuery().map(n -> withBills.name().equals(((TextInputControl) n).getText()))
                .orElse(false));
        scan("人员 › " + withBills.name());
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        await(() -> robot.lookup("#searchField").tryQuery().map(Node::isFocused).orElse(false));
        robot.write(withBills.idNumber());
        await(() -> robot.lookup("#table").queryTableView().getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup("#newButton").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#table").queryTableView().getItems().size() >= 2);
        robot.interact(() -> robot.lookup("#table").queryTableView().getSelectionModel().selectLast());
        settle();
        scan("费用 › 台账");
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup("#tierRows").tryQuery().map(n -> !((Parent) n).getChildrenUnmodifiable().isEmpty())
                .orElse(false));
        scan("费用 › 修改票据");
    }

    /** An Alt mnemonic written into a label's text, as the clerk would see it when the label does not parse it. */
    private static final java.util.regex.Pattern SHOWN_MNEMONIC = java.util.regex.Pattern.compile("\\(_[A-Za-z0-9]\\)");

    private void scan(String screen) {
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null) {
                walk(w.getScene().getRoot(), screen);
            }
        }
    }

    private void walk(Node n, String screen) {
        if (n instanceof Labeled l) {
            check(screen, l.getText());
            if (!l.isMnemonicParsing() && l.getText() != null && SHOWN_MNEMONIC.matcher(l.getText()).find()) {
                String line = screen + ": mnemonic shown as text “" + l.getText() + "”";
                if (!found.contains(line)) {
                    found.add(line);
                }
            }
        }
        if (n instanceof TextInputControl t) {
            check(screen, t.getText());
            check(screen, t.getPromptText());
        }
        if (n instanceof javafx.scene.control.Control c && c.getTooltip() != null) {
            check(screen, c.getTooltip().getText());
        }
        if (n instanceof javafx.scene.control.ComboBoxBase<?> box) {
            check(screen, box.getPromptText());
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, screen);
            }
        }
    }

    private void check(String screen, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        read.add(text);
        if (text.contains("POLICY-NOTES")) {
            found.add(screen + ": “" + text + "” (the reading is 结算台口径说明 on screen)");
            return;
        }
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            if (!FILE.matcher(m.group()).matches()) {
                String line = screen + ": “" + text + "”";
                if (!found.contains(line)) {
                    found.add(line);
                }
                return;
            }
        }
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
