package org.medaid.desk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.ProgressIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medaid.Patience;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * ADR 0102: the main window's busy mark follows the executor's count of running tasks through a binding made for it
 * alone; it turns only for work that lasts, and keeps following after garbage collections. Waits are on the mark.
 */
class BusyMarkTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aBindingMadeForTheMarkKeepsFollowingTheCountAfterCollections() throws Exception {
        SimpleIntegerProperty running = new SimpleIntegerProperty(0);
        ProgressIndicator mark = new ProgressIndicator();
        List<Boolean> seen = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> shown = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> {
            // as MainView.bindBusy does: nothing but the mark holds the binding
            BusyMark.follow(Bindings.createBooleanBinding(() -> running.get() > 0, running), mark);
            mark.visibleProperty().addListener((o, was, now) -> {
                seen.add(now);
                if (now) {
                    shown.complete(null);
                }
            });
        }).get();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        WaitForAsyncUtils.asyncFx(() -> {
            running.set(1);
            running.set(0);
            assertFalse(mark.isVisible(), "a task that ended at once shows no mark");
            running.set(2);
            assertFalse(mark.isVisible(), "two tasks just started show no mark yet");
        }).get();
        try {
            shown.get(Patience.SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            org.junit.jupiter.api.Assertions.fail("the busy mark never turned while two tasks ran: it no longer follows the count (its binding collected?)");
        }
        WaitForAsyncUtils.asyncFx(() -> {
            assertTrue(mark.isVisible());
            running.set(1);
            assertTrue(mark.isVisible(), "still one task running");
            running.set(0);
            assertFalse(mark.isVisible(), "the mark goes with the last task");
        }).get();
        assertEquals(List.of(true, false), seen);
    }
}
