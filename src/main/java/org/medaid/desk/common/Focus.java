package org.medaid.desk.common;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Gives a control of a page just put on screen the keyboard. A control inside a scroll pane joins the
 * scene only when the pane is first laid out, a pulse later; until then it cannot take the focus. So the
 * focus is asked for again every frame for half a second, until the control has it, which puts the caret
 * where the clerk types next without a mouse.
 */
public final class Focus {

    private static final int TRIES = 30;
    private static final Duration FRAME = Duration.millis(17);

    private Focus() {
    }

    public static void soon(Node control) {
        attempt(control, TRIES);
    }

    private static void attempt(Node control, int left) {
        control.requestFocus();
        if (control.isFocused() || left == 0) {
            return;
        }
        PauseTransition next = new PauseTransition(FRAME);
        next.setOnFinished(e -> attempt(control, left - 1));
        next.play();
    }
}
