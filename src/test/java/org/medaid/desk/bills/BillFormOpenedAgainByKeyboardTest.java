package org.medaid.desk.bills;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.Patience;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bill form is one page the 费用 section puts on screen again each time (ADR 0082): its Alt letters must reach
 * their fields on the second and third opening as on the first. A label stands before its field, and JavaFX
 * registers a label's mnemonic again, when the page comes back, before the field is back in the scene: without the
 * repair Alt+M (医疗费总额) went nowhere from the second opening on.
 */
class BillFormOpenedAgainByKeyboardTest extends ScreensGuiTest {

    PersonRecord li;

    @Override
    protected void fill(ScreensFixture f) {
        li = f.person("李桂兰", ScreensFixture.LINYI, "前村", Category.MINIMUM_LIVING);
        f.add(ScreensFixture.stay(li.id(), LocalDate.of(2024, 3, 10), "6000.00", "0.00", "3000.00"), f.clerk);
    }

    private boolean focused(String id) {
        return robot.lookup(id).tryQuery().map(Node::isFocused).orElse(false);
    }

    /** Waits for a layout pulse of the window: whatever the page registers at layout is registered then. */
    private void afterAPulse() throws Exception {
        CountDownLatch pulse = new CountDownLatch(1);
        Runnable listener = pulse::countDown;
        WaitForAsyncUtils.asyncFx(() -> {
            window.scene().addPostLayoutPulseListener(listener);
            Platform.requestNextPulse();
        });
        assertTrue(pulse.await(Patience.SECONDS, TimeUnit.SECONDS), "no layout pulse came");
        WaitForAsyncUtils.asyncFx(() -> window.scene().removePostLayoutPulseListener(listener));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Alt+{@code key} pressed as a clerk does, a pulse after the page came; no waiting for the mnemonic to appear. */
    private void alt(KeyCode key) throws Exception {
        afterAPulse();
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void backToTheLedger() throws Exception {
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#newButton").tryQuery().map(Node::isVisible).orElse(false)
                && window.scene().getFocusOwner() instanceof TableView);
    }

    @Test
    void altMReachesTheTotalEachTimeTheFormIsOpened() throws Exception {
        openAs(fx.clerk);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> focused("#searchField"));
        robot.write("李桂兰");
        waitUntil(() -> robot.lookup("#table").queryTableView().getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#newButton").tryQuery().map(Node::isVisible).orElse(false)
                && window.scene().getFocusOwner() instanceof TableView
                && !((TableView<?>) window.scene().getFocusOwner()).getItems().isEmpty());
        for (int opening = 1; opening <= 3; opening++) {
            alt(KeyCode.N);
            waitUntil(() -> focused("#hospitalField"));
            alt(KeyCode.M);
            assertTrue(focused("#totalField"), "Alt+M reaches 医疗费总额 on opening " + opening + " of a new bill");
            alt(KeyCode.J);
            assertTrue(focused("#basicField"), "Alt+J reaches 统筹支付 on opening " + opening);
            alt(KeyCode.H);
            assertTrue(focused("#hospitalField"), "Alt+H reaches 医院名称 on opening " + opening);
            backToTheLedger();
        }
        // a correction after the new bills: Enter on the ledger's table opens the stored bill in the same form
        robot.type(KeyCode.ENTER);
        waitUntil(() -> focused("#hospitalField"));
        alt(KeyCode.M);
        assertTrue(focused("#totalField"), "Alt+M reaches 医疗费总额 in a correction after new bills");
        backToTheLedger();
    }
}
