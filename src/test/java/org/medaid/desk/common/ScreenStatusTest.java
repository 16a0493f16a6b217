package org.medaid.desk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The one status of a screen (ADR 0078): news and refusals apart, busy while its work (and the work it starts) runs. */
class ScreenStatusTest {

    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void newsIsNotARefusalAndARefusalIsUntilTheNextNews() {
        ScreenStatus s = new ScreenStatus();
        s.refuse("不能保存");
        assertTrue(s.isError());
        assertEquals("不能保存", s.message());
        s.clearRefusal();
        assertEquals("", s.message());
        s.say("已保存");
        s.clearRefusal();
        assertEquals("已保存", s.message(), "news stays when a refusal is cleared");
        assertFalse(s.isError());
        s.refuse("");
        assertFalse(s.isError(), "an empty sentence is no refusal");
    }

    @Test
    void theColourFollowsTheSentenceAtOnce() {
        ScreenStatus s = new ScreenStatus();
        List<Boolean> seen = new ArrayList<>();
        s.messageProperty().addListener((o, a, b) -> seen.add(s.isError()));
        s.refuse("错误");
        s.say("好了");
        assertEquals(List.of(true, false), seen, "a listener of the sentence reads the flag of that sentence");
    }

    @Test
    void busyUntilTheLastTaskItsCallbacksSubmittedHasFinished() {
        ScreenStatus s = new ScreenStatus();
        List<Boolean> busyInSecond = new ArrayList<>();
        List<String> order = new ArrayList<>();
        s.submit(executor, BackgroundTask.of("first", p -> 1).onSuccess(r ->
                s.submit(executor, BackgroundTask.of("second", p -> 2).onSuccess(x -> busyInSecond.add(s.isBusy()))))
                .onFinally(() -> order.add("own finally, busy " + s.isBusy())));
        assertEquals(List.of(true), busyInSecond);
        assertEquals(List.of("own finally, busy true"), order, "the task's own finally runs before the flag is cleared");
        assertFalse(s.isBusy());
    }

    @Test
    void aFailedTaskLeavesTheScreenIdle() {
        ScreenStatus s = new ScreenStatus();
        s.submit(executor, BackgroundTask.of("fails", p -> {
            throw new IllegalStateException("disk full");
        }).onFailure(e -> s.refuse(e.getMessage())));
        assertFalse(s.isBusy());
        assertEquals("disk full", s.message());
        assertTrue(s.isError());
    }

    @Test
    void oneLabelShowsNewsGreenAndRefusalsRedAndTakesNoRoomEmpty() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ScreenStatus s = new ScreenStatus();
            Label line = new Label();
            ProgressIndicator busy = new ProgressIndicator();
            StatusLine.bind(s, line, busy);
            assertFalse(line.isManaged());
            s.say("已保存");
            assertTrue(line.getStyleClass().contains("field-ok") && !line.getStyleClass().contains("field-message"),
                    line.getStyleClass().toString());
            assertTrue(line.isManaged());
            s.refuse("不能保存");
            assertTrue(line.getStyleClass().contains("field-message") && !line.getStyleClass().contains("field-ok"),
                    line.getStyleClass().toString());
        }).get();
    }

    /**
     * ADR 0102: the busy mark turns only once the work has run for {@link BusyMark#DELAY}; work that ends
     * sooner never shows it, and it goes the moment the work ends. The waits are on the mark's own visibility.
     */
    @Test
    void theBusyMarkShowsOnlyForWorkThatLastsAndGoesWhenItEnds() throws Exception {
        ScreenStatus s = new ScreenStatus();
        ProgressIndicator busy = new ProgressIndicator();
        List<Boolean> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CompletableFuture<Void> shown = new java.util.concurrent.CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> {
            StatusLine.bind(s, new Label(), busy);
            busy.visibleProperty().addListener((o, was, now) -> {
                seen.add(now);
                if (now) {
                    shown.complete(null);
                }
            });
            assertFalse(busy.isVisible(), "idle: no mark");
            // short work: started and ended before the delay, in one go on the FX thread
            s.setBusy(true);
            assertFalse(busy.isVisible(), "work that has just started shows no mark yet");
            s.setBusy(false);
            // work that lasts
            s.setBusy(true);
            assertFalse(busy.isVisible());
        }).get();
        try {
            shown.get(org.medaid.Patience.SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            org.junit.jupiter.api.Assertions.fail("the busy mark never turned while the lasting work ran");
        }
        WaitForAsyncUtils.asyncFx(() -> {
            assertTrue(s.isBusy() && busy.isVisible(), "the mark turns while the lasting work runs");
            s.setBusy(false);
            assertFalse(busy.isVisible(), "the mark goes as the work ends");
        }).get();
        assertEquals(List.of(true, false), seen, "the short work never showed the mark");
    }

    @Test
    void twoLabelsPutNewsAndRefusalsApart() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ScreenStatus s = new ScreenStatus();
            Label news = new Label();
            Label refusal = new Label();
            StatusLine.bind(s, news, refusal, null);
            s.say("已作废");
            assertEquals("已作废", news.getText());
            assertEquals("", refusal.getText());
            assertFalse(refusal.isManaged());
            s.refuse("票据已被修改");
            assertEquals("", news.getText());
            assertEquals("票据已被修改", refusal.getText());
            assertTrue(refusal.isVisible());
        }).get();
    }
}
