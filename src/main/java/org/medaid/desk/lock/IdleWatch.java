package org.medaid.desk.lock;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.scene.input.InputEvent;

/**
 * Notices when nobody has touched the desk for a while (ADR 0034). Time comes from an injected source
 * and the check is a method: the desk calls it from a slow ticker, tests call it after moving their
 * clock, so no test waits for real minutes. Runs on the FX thread.
 */
public final class IdleWatch {

    private final Supplier<Instant> now;
    private final Supplier<Duration> limit;
    private final Runnable onIdle;
    private final EventHandler<InputEvent> touch = e -> activity();
    private Instant last;
    private boolean idle;
    private Timeline ticker;
    private EveryWindow<InputEvent> watching;

    public IdleWatch(Supplier<Instant> now, Supplier<Duration> limit, Runnable onIdle) {
        this.now = now;
        this.limit = limit;
        this.onIdle = onIdle;
        this.last = now.get();
    }

    /** A key, a click or a mouse move: the idle time starts again. */
    public void activity() {
        last = now.get();
        idle = false;
    }

    /** Fires {@code onIdle} once when the limit has passed since the last activity; returns whether it did. */
    public boolean check() {
        if (!idle && Duration.between(last, now.get()).compareTo(limit.get()) >= 0) {
            idle = true;
            onIdle.run();
            return true;
        }
        return false;
    }

    /**
     * Counts every input event in every window of the desk as activity, the main window's and those over it (the
     * 慢特病 card, the print preview, the import wizard, a question; ADR 0111), and checks every {@code every}.
     */
    public void install(javafx.util.Duration every) {
        watching = EveryWindow.filter(InputEvent.ANY, touch);
        ticker = new Timeline(new KeyFrame(every, e -> check()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    public void stop() {
        if (ticker != null) {
            ticker.stop();
        }
        if (watching != null) {
            watching.remove();
            watching = null;
        }
    }
}
