package org.medaid.desk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.medaid.bills.StoredBill;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.desk.common.Section;
import org.medaid.desk.preview.PreviewViewModel;
import org.medaid.model.Category;
import org.medaid.printlog.PrintKind;
import org.medaid.store.CategoryRecord;
import org.medaid.store.PersonRecord;
import org.medaid.workflow.AssistanceApplication;

/**
 * Each daily path of the desk walked with the keyboard only, on the real window over a real store:
 * enrol a person, add a category, enter a bill, open the ledger, print a slip (no printer: saved as PDF),
 * start an application. Every step asserts where the focus is. Along the way the traps of the keyboard:
 * Ctrl+1…5 from a focused table, Enter on an open list chooses without pressing 确定/保存, a dialog's Alt
 * letter never reaches the window behind it, Enter in a search box opens for viewing, Esc closes.
 */
class DailyPathsByKeyboardTest extends ScreensGuiTest {

    PersonRecord wang;
    StoredBill march;

    @Override
    protected void fill(ScreensFixture f) {
        wang = f.person("王秀英", ScreensFixture.LINYI, "前岭村", Category.MINIMUM_LIVING);
        march = f.add(ScreensFixture.stay(wang.id(), LocalDate.of(2024, 3, 10), "12000.00", "1000.00", "5000.00"), f.clerk);
    }

    @Test
    void everyDailyPathWalksByKeyboardWithoutATrap() throws Exception {
        openAs(fx.clerk);
        sectionsAnswerCtrlDigitsFromATable();
        enrolAPerson();
        addACategory();
        enterABillFromTheLedger();
        openABillForCorrectionAndLeaveWithEsc();
        printASlipWithoutAPrinter();
        startAnApplication();
    }

    private void sectionsAnswerCtrlDigitsFromATable() throws Exception {
        await(() -> focused("#searchField") && table("#table").getItems().size() == 1);
        robot.type(KeyCode.DOWN);
        await(() -> focusOwner() instanceof TableView);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        await(() -> window.model().sectionProperty().get() == Section.BILLS && focused("#searchField"));
        robot.type(KeyCode.DOWN);
        await(() -> focusOwner() instanceof TableView);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT1);
        await(() -> window.model().sectionProperty().get() == Section.PEOPLE);
    }

    private void enrolAPerson() throws Exception {
        String id = org.medaid.desk.DeskFixture.id(1958, 202);
        shortcut(KeyCode.CONTROL, KeyCode.N);
        await(() -> focused("#nameField"));
        robot.write("赵敏").type(KeyCode.TAB);
        assertFocused("#idField");
        robot.write(id);
        shortcut(KeyCode.ALT, KeyCode.V);
        assertFocused("#villageField");
        robot.write("后岭村");
        openCategoryDialog();
        // Enter on the open list chooses from it and leaves the dialog open
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        await(() -> categoryBox().isShowing());
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        await(() -> !categoryBox().isShowing());
        assertTrue(dialogOpen(), "Enter on the open 类别 list does not press 确定");
        assertNotNull(categoryBox().getValue(), "the list's choice is taken");
        robot.write("db");
        await(() -> categoryBox().getValue() == Category.MINIMUM_LIVING);
        // 村(_V) is the person form's: under the dialog it does nothing
        robot.press(KeyCode.ALT, KeyCode.V).release(KeyCode.V, KeyCode.ALT);
        settle();
        assertTrue(dialogOpen());
        assertFalse(robot.lookup("#villageField").query().isFocused(), "Alt+V went through the dialog");
        assertTrue(categoryBox().isFocused(), "the focus stays on the dialog's 类别");
        shortcut(KeyCode.ALT, KeyCode.S);
        await(() -> inDialog("#categoryFrom"));
        retype("2023-03-01");
        shortcut(KeyCode.ALT, KeyCode.N);
        await(() -> inDialog("#categoryDocument"));
        assertTrue(fx.work.people().byIdNumber(id).isEmpty(), "no Alt letter of the dialog saved the person behind it");
        robot.write("兰民发〔2023〕5号");
        robot.type(KeyCode.ENTER);
        await(() -> !dialogOpen());
        targetMain();
        await(() -> table("#categoryTable").getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        await(() -> fx.work.people().byIdNumber(id).isPresent());
        PersonRecord saved = fx.work.people().byIdNumber(id).orElseThrow();
        assertEquals("后岭村", saved.village());
        assertEquals(Set.of(Category.MINIMUM_LIVING), codes(saved));
        // Esc leaves the saved person for the roster, its search box has the keyboard
        robot.type(KeyCode.ESCAPE);
        await(() -> focused("#searchField"));
    }

    private void addACategory() throws Exception {
        robot.write("王秀英");
        await(() -> table("#table").getItems().size() == 1);
        // Enter in the search box opens the person found
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup("#nameField").tryQuery()
                .map(n -> "王秀英".equals(((TextInputControl) n).getText())).orElse(false));
        openCategoryDialog();
        robot.write("zdcj");
        await(() -> categoryBox().getValue() == Category.SEVERE_DISABILITY);
        shortcut(KeyCode.ALT, KeyCode.S);
        await(() -> inDialog("#categoryFrom"));
        retype("2024-06-01");
        robot.type(KeyCode.ENTER);
        await(() -> !dialogOpen());
        targetMain();
        // a Linyi person's category changes only with the month's list (临医保发〔2022〕13号 六): held, not applied
        await(() -> fx.work.heldEdits().held(wang.id()).size() == 1);
        assertEquals(Category.SEVERE_DISABILITY, fx.work.heldEdits().held(wang.id()).get(0).code());
        assertEquals(Set.of(Category.MINIMUM_LIVING), codes(wang));
        assertEquals(1, table("#categoryTable").getItems().size());
        robot.type(KeyCode.ESCAPE);
        await(() -> focused("#searchField"));
    }

    private void enterABillFromTheLedger() throws Exception {
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        await(() -> focused("#searchField"));
        retypeText("王秀英");
        await(() -> table("#table").getItems().size() == 1);
        // Enter in the 费用 search opens the ledger for viewing: the table has the focus, no bill is being edited
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup("#newButton").tryQuery().map(Node::isVisible).orElse(false)
                && focusOwner() instanceof TableView);
        settle();
        assertTrue(robot.lookup("#totalField").tryQuery().map(n -> n.getScene() == null || !n.isVisible()).orElse(true),
                "Enter in the search box does not open a bill for editing");
        shortcut(KeyCode.ALT, KeyCode.N);
        await(() -> focused("#hospitalField"));
        robot.write("兰山区人民医院");
        // the level list opened and closed with Enter does not save the bill
        shortcut(KeyCode.ALT, KeyCode.L);
        assertFocused("#levelBox");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        await(() -> ((ComboBox<?>) robot.lookup("#levelBox").query()).isShowing());
        robot.type(KeyCode.ENTER);
        await(() -> !((ComboBox<?>) robot.lookup("#levelBox").query()).isShowing());
        shortcut(KeyCode.ALT, KeyCode.A);
        assertFocused("#admittedField");
        keys("20240901");
        shortcut(KeyCode.ALT, KeyCode.O);
        assertFocused("#dischargedField");
        keys("2024-09-08");
        shortcut(KeyCode.ALT, KeyCode.M);
        assertFocused("#totalField");
        keys("8000");
        shortcut(KeyCode.ALT, KeyCode.J);
        assertFocused("#basicField");
        keys("4000");
        shortcut(KeyCode.ALT, KeyCode.D);
        assertFocused("#criticalField");
        keys("0");
        assertEquals(1, fx.work.bills().forPersonAndYear(wang.id(), 2024).size(), "nothing saved before the clerk's Enter");
        await(() -> !robot.lookup("#saveButton").query().isDisabled());
        robot.type(KeyCode.ENTER);
        await(() -> fx.work.bills().forPersonAndYear(wang.id(), 2024).size() == 2);
        // back on the year ledger, its table has the keyboard
        await(() -> table("#table").getItems().size() == 2 && focusOwner() instanceof TableView);
    }

    /** Enter on the ledger's table opens the selected bill for correction; Esc leaves it unsaved, the table has the keyboard. */
    private void openABillForCorrectionAndLeaveWithEsc() throws Exception {
        StoredBill september = fx.work.bills().forPersonAndYear(wang.id(), 2024).stream()
                .filter(b -> b.id() != march.id()).findFirst().orElseThrow();
        robot.type(KeyCode.ENTER);
        await(() -> focused("#hospitalField"));
        assertEquals("兰山区人民医院", ((TextInputControl) robot.lookup("#hospitalField").query()).getText(),
                "the bill selected on the ledger is the one opened");
        // an edit reached by its Alt letter in the bill form opened a second time in this window, then Esc: nothing of
        // it is kept (the form's label mnemonics survive its return to the scene, ADR 0082)
        shortcut(KeyCode.ALT, KeyCode.M);
        assertFocused("#totalField");
        retypeText("9000");
        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup("#newButton").tryQuery().map(DailyPathsByKeyboardTest::shown).orElse(false)
                && focusOwner() instanceof TableView);
        StoredBill after = fx.work.bills().forPersonAndYear(wang.id(), 2024).stream()
                .filter(b -> b.id() == september.id()).findFirst().orElseThrow();
        assertEquals(september.version(), after.version(), "Esc saved nothing");
        assertEquals(0, new java.math.BigDecimal("8000.00").compareTo(after.bill().total()), "Esc kept the stored total");
    }

    private void printASlipWithoutAPrinter() throws Exception {
        Path saved = folder.resolve("slip.pdf");
        shortcut(KeyCode.ALT, KeyCode.P);
        await(() -> preview().isPresent());
        Stage stage = preview().orElseThrow();
        PreviewViewModel model = (PreviewViewModel) stage.getProperties().get(PreviewViewModel.class);
        robot.interact(() -> model.setSaveTarget((reason, name) -> Optional.of(saved)));
        try {
            await(() -> model.readyBinding().get() && focusedIn(stage, "#printButton"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("preview not ready: " + model.readyBinding().get() + " " + model.status().message()
                    + " / focus " + stage.getScene().getFocusOwner() + " focused window " + stage.isFocused(), e);
        }
        // Enter prints; there is no printer: the desk says so and offers the PDF, Enter saves it
        robot.type(KeyCode.ENTER);
        try {
            await(() -> Files.exists(saved) && Files.size(saved) > 0);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no PDF: " + model.status().message() + " / " + model.outcomeProperty().get()
                    + " / focus " + stage.getScene().getFocusOwner() + " focused window " + stage.isFocused(), e);
        }
        assertTrue(new String(Files.readAllBytes(saved), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        StoredBill september = fx.work.bills().forPersonAndYear(wang.id(), 2024).stream()
                .filter(b -> b.id() != march.id()).findFirst().orElseThrow();
        assertEquals(1, fx.work.printLog().forRecord(PrintKind.SLIP, september.id()).size(), "the saved slip is logged");
        // Esc closes the preview; the ledger's table has the keyboard again
        robot.type(KeyCode.ESCAPE);
        await(() -> preview().isEmpty());
        await(() -> focusOwner() instanceof TableView);
    }

    private void startAnApplication() throws Exception {
        // Esc closes the dialog and makes no application; the ledger's table has the keyboard again
        shortcut(KeyCode.ALT, KeyCode.A);
        await(() -> dialogOpen() && inDialog("#dateField"));
        robot.type(KeyCode.ESCAPE);
        await(() -> !dialogOpen());
        targetMain();
        await(() -> focusOwner() instanceof TableView);
        assertTrue(fx.work.workflow().forPerson(wang.id()).isEmpty(), "Esc made an application");
        shortcut(KeyCode.ALT, KeyCode.A);
        await(() -> dialogOpen() && inDialog("#dateField"));
        robot.targetWindow(robot.lookup("#dateField").query().getScene().getWindow());
        robot.type(KeyCode.ENTER);
        await(() -> !dialogOpen());
        targetMain();
        await(() -> window.model().sectionProperty().get() == Section.APPROVALS);
        AssistanceApplication a = fx.work.workflow().forPerson(wang.id()).stream().findFirst().orElseThrow();
        assertEquals(1, a.bills().size());
        await(() -> focusOwner() instanceof TableView);
    }

    private void openCategoryDialog() throws Exception {
        shortcut(KeyCode.ALT, KeyCode.A);
        await(() -> robot.lookup("#categoryCode").tryQuery().map(Node::isFocused).orElse(false));
        // typed text goes to TestFX's target window, which does not follow a dialog by itself
        robot.targetWindow(robot.lookup("#categoryCode").query().getScene().getWindow());
    }

    private void targetMain() {
        robot.targetWindow(window.scene().getWindow());
    }

    private ComboBox<?> categoryBox() {
        return (ComboBox<?>) robot.lookup("#categoryCode").query();
    }

    private boolean dialogOpen() {
        return robot.lookup("#categoryCode").tryQuery().isPresent() || robot.lookup("#dateField").tryQuery().isPresent();
    }

    private Optional<Stage> preview() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getProperties().containsKey(PreviewViewModel.class))
                .map(w -> (Stage) w).findFirst();
    }

    private void retypeText(String text) {
        shortcut(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
    }

    private Set<Category> codes(PersonRecord p) {
        return fx.work.people().categories(p.id()).stream().filter(c -> !c.voided()).map(CategoryRecord::code)
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table(String id) {
        return (TableView<Object>) robot.lookup(id).match(DailyPathsByKeyboardTest::shown).query();
    }

    /** On screen: in a scene, it and every parent visible (a section off screen may keep its page). */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private Node focusOwner() {
        return Window.getWindows().stream().filter(Window::isFocused).map(Window::getScene).filter(s -> s != null)
                .map(Scene::getFocusOwner).filter(n -> n != null).findFirst().orElse(window.scene().getFocusOwner());
    }

    private boolean focused(String id) {
        return robot.lookup(id).match(DailyPathsByKeyboardTest::shown).tryQuery().map(Node::isFocused).orElse(false);
    }

    /** A date picker's editor holds the focus for it. */
    private boolean inDialog(String id) {
        return robot.lookup(id).tryQuery().map(n -> n.isFocused() || n.lookup(".text-field") != null
                && n.lookup(".text-field").isFocused()).orElse(false);
    }

    private boolean focusedIn(Stage stage, String id) {
        Node n = stage.getScene().lookup(id);
        return n != null && n.isFocused();
    }

    private void assertFocused(String id) {
        assertTrue(focused(id), id + " has the focus, not " + focusOwner());
    }

    /**
     * Waits for the screen to reach {@code condition}, on events, not on time; the minute is only the
     * point at which a stuck screen is reported (a busy CI machine renders a slip slowly).
     */
    private static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        org.medaid.Patience.until(condition);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private static void settle() {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
