package org.medaid.desk.bills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.bills.StoredBill;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;

/**
 * enter a bill with the keyboard and see the computed tiers; correct an earlier bill and see a
 * later one change. linyi-2022 低保: assistance 70% of compliant − basic, annual cap 10,000.
 */
class BillByKeyboardTest extends ScreensGuiTest {

    PersonRecord wang;
    StoredBill march;

    @Override
    protected void fill(ScreensFixture f) {
        wang = f.person("王秀英", ScreensFixture.LINYI, "前岭村", Category.MINIMUM_LIVING);
    }

    private void openLedger() throws Exception {
        openAs(fx.clerk);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> robot.lookup("#searchField").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.write("王秀英");
        waitUntil(() -> robot.lookup("#table").queryTableView().getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#newButton").tryQuery().map(n -> n.isVisible()).orElse(false));
    }

    private void tab(int times) {
        for (int i = 0; i < times; i++) {
            robot.type(KeyCode.TAB);
        }
    }

    private void assertFocused(String id) {
        assertTrue(robot.lookup(id).query().isFocused(), id + " has the focus");
    }

    private String tier(String name) {
        return robot.lookup("#tier-" + name).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @Test
    void aBillTypedWithTheKeyboardShowsItsTiersAndIsSavedWithEnter() throws Exception {
        openLedger();
        shortcut(KeyCode.ALT, KeyCode.N);
        waitUntil(() -> robot.lookup("#hospitalField").tryQuery().map(n -> n.isFocused()).orElse(false));
        // the settlement record's order with Tab: hospital, level, place, referral, kind, special disease, dates ...
        tab(6);
        assertFocused("#admittedField");
        keys("20240303");
        tab(1);
        keys("2024-03-10");
        tab(3);
        assertFocused("#totalField");
        keys("12000");
        tab(1);
        keys("1000");
        tab(3);
        assertFocused("#basicField");
        keys("5000");
        tab(1);
        keys("0");
        // Alt+letter still reaches a field after typing (and after the form has shown its messages)
        shortcut(KeyCode.ALT, KeyCode.H);
        assertFocused("#hospitalField");
        robot.write("兰山区人民医院");
        waitUntil(() -> tier("assistance").equals("4,200.00"));
        assertEquals("5,000.00", tier("basic"));
        assertEquals("0.00", tier("criticalIllness"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx.work.bills().forPersonAndYear(wang.id(), 2024).size() == 1);
        StoredBill saved = fx.work.bills().forPersonAndYear(wang.id(), 2024).get(0);
        assertEquals(new BigDecimal("12000.00"), saved.bill().total());
        assertEquals(LocalDate.of(2024, 3, 3), saved.bill().admitted());
        assertEquals("clerk1", saved.enteredBy());
        waitUntil(() -> robot.lookup("#table").queryTableView().getItems().size() == 1);
    }

    @Test
    void correctingAnEarlierBillShowsTheLaterOneChange() throws Exception {
        march = fx.add(ScreensFixture.stay(wang.id(), LocalDate.of(2024, 3, 10), "12000.00", "1000.00", "5000.00"), fx.clerk);
        fx.add(ScreensFixture.stay(wang.id(), LocalDate.of(2024, 6, 20), "20000.00", "0.00", "10000.00"), fx.clerk);
        openLedger();
        waitUntil(() -> robot.lookup("#table").queryTableView().getItems().size() == 2);
        robot.type(KeyCode.UP);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#totalField").tryQuery().isPresent());
        waitUntil(() -> tier("assistance").equals("4,200.00"));
        shortcut(KeyCode.ALT, KeyCode.M);
        assertFocused("#totalField");
        retype("8000");
        waitUntil(() -> tier("assistance").equals("1,400.00"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx.work.bills().byId(march.id()).orElseThrow().bill().total().compareTo(new BigDecimal("8000")) == 0);
        waitUntil(() -> robot.lookup(".change-box").tryQuery().map(n -> n.isVisible()).orElse(false));
        List<String> changes = robot.lookup(".change-box .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertTrue(changes.stream().anyMatch(t -> t.contains("2024-06-20 兰山区人民医院：医疗救助 5,800.00 → 7,000.00（+1,200.00）")),
                changes.toString());
        assertTrue(robot.lookup(".table-row-cell.changed").tryQuery().isPresent(), "the later bill is marked in the table");
    }
}
