package org.medaid.desk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.medaid.Patience;

/**
 * The end of a GUI test that may have failed with any window of the desk still open, the login over the desk's window
 * among them. Use it in {@code @AfterEach} instead of {@code FxToolkit.cleanupStages()}.
 *
 * <p>Why: {@code cleanupStages} hides the windows in the order they were shown, the desk's window before the login it
 * owns, and Monocle (the headless toolkit of the tests) answers the closing of a window by sending every window it owns
 * a close request, as if the clerk had pressed its close box. The login answers that by quitting the desk
 * ({@code Platform.exit}), the JavaFX thread ends, and {@code cleanupStages} then waits on it for ever: the run hangs
 * and the test's own failure is never reported. Here owned windows are hidden before their owners and no close
 * request reaches a window's handlers while the test's windows are put away. If the JavaFX thread is gone anyway
 * (something else ended it), this fails at once saying so instead of waiting for it.
 */
public final class GuiTeardown {

    private static final String FX_THREAD = "JavaFX Application Thread";
    private static CompletableFuture<Void> fxEnded;
    private static Thread watched;

    private GuiTeardown() {
    }

    /** Hides every window, owned ones first, with no close request reaching them; then the JavaFX thread still answers. */
    public static void closeWindows() throws Exception {
        onFx("hide the test's windows", () -> {
            List<Window> windows = new ArrayList<>(Window.getWindows());
            Collections.reverse(windows);
            windows.sort(Comparator.comparingInt(GuiTeardown::ownerDepth).reversed());
            // the primary stage is the next test's window too: the filter goes once the windows are hidden
            EventHandler<WindowEvent> swallow = Event::consume;
            windows.forEach(w -> w.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, swallow));
            try {
                windows.forEach(Window::hide);
            } finally {
                windows.forEach(w -> w.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, swallow));
            }
            return null;
        });
        fxAnswers();
    }

    /** Runs nothing on the JavaFX thread but waits until it has done what was queued before; fails if it ended. */
    public static void fxAnswers() throws Exception {
        onFx("answer after the windows were hidden", () -> null);
    }

    /**
     * Runs {@code work} on the JavaFX thread and returns its result, or fails naming {@code what} as soon as the
     * JavaFX thread has ended (it never runs anything again then: {@code Platform.runLater} drops it silently).
     */
    public static <T> T onFx(String what, Callable<T> work) throws Exception {
        CompletableFuture<Void> ended = fxEnded(what);
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        CompletableFuture.anyOf(done, ended).get(Patience.SECONDS, TimeUnit.SECONDS);
        if (!done.isDone()) {
            throw new IllegalStateException("the JavaFX thread ended before it could " + what
                    + ": something called Platform.exit (a window's close handler?); later GUI tests in this JVM cannot run");
        }
        return done.get();
    }

    /** Completes when the JavaFX thread ends; one watcher per JavaFX thread, started the first time it is asked. */
    private static synchronized CompletableFuture<Void> fxEnded(String what) {
        Thread fx = fxThread().orElseThrow(() -> new IllegalStateException("there is no JavaFX thread, cannot " + what
                + ": the toolkit never started here, or something called Platform.exit; see the first failure of this JVM"));
        if (fx != watched) {
            CompletableFuture<Void> ended = new CompletableFuture<>();
            Thread watcher = new Thread(() -> {
                try {
                    fx.join();
                    ended.complete(null);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "gui-teardown: waits for the JavaFX thread to end");
            watcher.setDaemon(true);
            watcher.start();
            watched = fx;
            fxEnded = ended;
        }
        return fxEnded;
    }

    private static Optional<Thread> fxThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(FX_THREAD) && t.isAlive()).findFirst();
    }

    private static int ownerDepth(Window w) {
        int depth = 0;
        for (Window owner = owner(w); owner != null; owner = owner(owner)) {
            depth++;
        }
        return depth;
    }

    private static Window owner(Window w) {
        if (w instanceof Stage s) {
            return s.getOwner();
        }
        if (w instanceof PopupWindow p) {
            return p.getOwnerWindow();
        }
        return null;
    }
}
