package org.medaid.desk.bills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.bills.StoredBill;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;

/**
 * The bill inputs of POLICY-NOTES §7.5 and §8 (V23) typed with the keyboard: a referred stay of a Shaoyang 特困人员
 * (邵医保发〔2021〕32号 四(十二)) continuing an earlier stay, with the assistance the hospital settled one-stop. The
 * settled 5,000.00 stands (一站式结算); the policy's own figure, (20,000 − basic 12,000 − critical illness 0) × 70% =
 * 5,600.00 with no deductible for 特困人员 (三(七)), differs, and the form says so.
 */
class SecondAuditInputsByKeyboardTest extends ScreensGuiTest {

    PersonRecord zhou;
    StoredBill earlier;

    @Override
    protected void fill(ScreensFixture f) {
        zhou = f.person("周长生", ScreensFixture.SHAOYANG, "白云村", Category.EXTREME_POOR);
        earlier = f.add(ScreensFixture.stay(zhou.id(), LocalDate.of(2024, 3, 10), "8000.00", "0.00", "5000.00"), f.clerk);
    }

    /** With -Dmedaid.screenshots=FOLDER the window is written there (docs/screenshots). */
    private void shot(String name) throws Exception {
        String dir = System.getProperty("medaid.screenshots");
        if (dir != null) {
            org.testfx.util.WaitForAsyncUtils.asyncFx(() -> org.medaid.desk.common.Snapshots.write(window.scene(),
                    java.nio.file.Path.of(dir, name))).get(org.medaid.Patience.SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private String tier(String name) {
        return robot.lookup("#tier-" + name).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** The node and every node around it are visible (a row hides as a whole). */
    private boolean shown(String id) {
        for (Node n = robot.lookup(id).tryQuery().orElse(null); ; n = n.getParent()) {
            if (n == null || !n.isVisible()) {
                return n == null && robot.lookup(id).tryQuery().isPresent();
            }
        }
    }

    @Test
    void aReferredStayWithOneStopAssistanceIsTypedWithTheKeyboard() throws Exception {
        openAs(fx.clerk);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> robot.lookup("#searchField").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("周长生");
        waitUntil(() -> robot.lookup("#table").queryTableView().getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#newButton").tryQuery().map(Node::isVisible).orElse(false));
        shortcut(KeyCode.ALT, KeyCode.N);
        waitUntil(() -> robot.lookup("#hospitalField").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("邵阳市中心医院");
        shortcut(KeyCode.ALT, KeyCode.A);
        keys("2024-03-10");
        shortcut(KeyCode.ALT, KeyCode.O);
        keys("2024-03-18");
        assertFalse(shown("#referredFromBox"), "no earlier stay to choose before the stay is marked referred");
        assertFalse(shown("#supplementaryField"), "shaoyang-2021 names no supplementary insurance");
        assertFalse(shown("#catalogApprovedBox"), "广西 三(五) is not Shaoyang's");
        // the referral box is the fourth stop from the hospital's name (hospital, level, place, referral)
        shortcut(KeyCode.ALT, KeyCode.H);
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);
        assertTrue(robot.lookup("#referredBox").query().isFocused());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> ((javafx.scene.control.CheckBox) robot.lookup("#referredBox").query()).isSelected());
        shortcut(KeyCode.ALT, KeyCode.M);
        keys("20000");
        shortcut(KeyCode.ALT, KeyCode.J);
        keys("12000");
        shortcut(KeyCode.ALT, KeyCode.D);
        keys("0");
        shortcut(KeyCode.ALT, KeyCode.E);
        assertTrue(robot.lookup("#settledAssistanceField").query().isFocused(), "Alt+E reaches the settled assistance");
        keys("5000");
        shortcut(KeyCode.ALT, KeyCode.Z);
        keys("0");
        waitUntil(() -> shown("#referredFromBox"));
        waitUntil(() -> robot.lookup("#referredFromBox").queryComboBox().getItems().size() == 1);
        shortcut(KeyCode.ALT, KeyCode.F);
        assertTrue(robot.lookup("#referredFromBox").query().isFocused(), "Alt+F reaches the earlier stay");
        robot.type(KeyCode.F4);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#referredFromBox").queryComboBox().getValue() != null);
        waitUntil(() -> tier("assistance").equals("5,000.00"));
        waitUntil(() -> robot.lookup(".label").queryAll().stream().filter(n -> n instanceof Label)
                .anyMatch(n -> ((Label) n).getText().contains("5,600.00")));

        shortcut(KeyCode.ALT, KeyCode.H);
        waitUntil(() -> !robot.lookup("#saveButton").query().isDisabled());
        shot("bill-second-audit.png");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx.work.bills().forPersonAndYear(zhou.id(), 2024).size() == 2);
        StoredBill saved = fx.work.bills().forPersonAndYear(zhou.id(), 2024).stream().filter(b -> b.id() != earlier.id())
                .findFirst().orElseThrow();
        assertTrue(saved.bill().referred());
        assertEquals(earlier.id(), saved.bill().referredFrom(), "the stay it continues");
        assertEquals(new BigDecimal("5000.00"), saved.bill().assistance());
        assertEquals(new BigDecimal("0.00"), saved.bill().reAssistance());
        assertEquals(null, saved.bill().supplementaryInsurance());
        assertFalse(saved.bill().outOfCatalogApproved());
    }
}
