package org.medaid.desk.common;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * A busy mark (a progress indicator) that turns once work has run for {@link #DELAY} and goes the moment it ends (ADR
 * 0102). Work that ends sooner, such as a login or a roster page, shows no spinner: with software rendering (a PC
 * without a usable graphics driver, ADR 0095) an indeterminate spinner is drawn again at every frame, and on a
 * two-core PC that drawing took a core from the very work it stood for. The screen's own sentence ("正在…") still
 * shows at once.
 */
public final class BusyMark {

    /** How long work runs before its mark turns: about when a clerk starts to wonder. */
    public static final Duration DELAY = Duration.millis(700);

    private BusyMark() {
    }

    /** {@code mark} shows while {@code busy} has been true for {@link #DELAY}; called on the FX thread. */
    public static void follow(ObservableValue<Boolean> busy, Node mark) {
        // the node keeps what it follows: a binding made for it is otherwise held only weakly by its sources
        mark.getProperties().put(BusyMark.class, busy);
        mark.setVisible(false);
        PauseTransition wait = new PauseTransition(DELAY);
        wait.setOnFinished(e -> mark.setVisible(Boolean.TRUE.equals(busy.getValue())));
        busy.addListener((o, was, now) -> {
            if (Boolean.TRUE.equals(now)) {
                wait.playFromStart();
            } else {
                wait.stop();
                mark.setVisible(false);
            }
        });
        if (Boolean.TRUE.equals(busy.getValue())) {
            wait.playFromStart();
        }
    }
}
