package org.medaid.desk.lock;

import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.stage.Window;

/**
 * An event filter on every window of the desk, the main one and those opened over it later, until {@link #remove()}
 * (ADR 0111). A window's filter sees every event of its scene before the scene's nodes do. Runs on the FX thread.
 *
 * @param <T> the events filtered
 */
public final class EveryWindow<T extends Event> {

    private final EventType<T> type;
    private final EventHandler<? super T> filter;
    private final ListChangeListener<Window> windows = change -> {
        while (change.next()) {
            change.getRemoved().forEach(this::off);
            change.getAddedSubList().forEach(this::on);
        }
    };

    private EveryWindow(EventType<T> type, EventHandler<? super T> filter) {
        this.type = type;
        this.filter = filter;
    }

    /** Puts {@code filter} on every showing window and on each window shown from now on. */
    public static <T extends Event> EveryWindow<T> filter(EventType<T> type, EventHandler<? super T> filter) {
        EveryWindow<T> every = new EveryWindow<>(type, filter);
        Window.getWindows().forEach(every::on);
        Window.getWindows().addListener(every.windows);
        return every;
    }

    /** Takes the filter off every window and stops following new ones. */
    public void remove() {
        Window.getWindows().removeListener(windows);
        Window.getWindows().forEach(this::off);
    }

    private void on(Window window) {
        window.addEventFilter(type, filter);
    }

    private void off(Window window) {
        window.removeEventFilter(type, filter);
    }
}
