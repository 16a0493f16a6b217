package org.medaid.desk.lock;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The desk's windows other than the main one while the lock covers it (ADR 0111). The lock covers the main window's
 * scene; a window over it (the 慢特病 card, the print preview, the import wizard, the recovery code, a question) would
 * stay on screen with its names, ID numbers and diagnoses, its controls working for whoever passes by, and, being
 * window-modal, would keep the lock's password field out of reach. So the lock hides them all first. The same user's
 * unlock shows the windows again as they were (a hidden stage keeps its scene and what was typed into it); a question
 * ({@code Dialog}) and a popup are not shown again: hidden, a question's {@code showAndWait} returns no answer, and
 * every caller takes no answer as "no". When another user logs in, or the session ends, the hidden windows are
 * forgotten and stay closed.
 * <p>
 * Runs on the FX thread.
 */
public final class OtherWindows {

    private final Window main;
    private final List<Stage> hidden = new ArrayList<>();

    public OtherWindows(Window main) {
        this.main = main;
    }

    /**
     * Hides every window of the desk that is showing, but the main one, the newest first (an owned window before its
     * owner).
     */
    public void hide() {
        List<Window> showing = new ArrayList<>(Window.getWindows());
        for (int i = showing.size() - 1; i >= 0; i--) {
            Window w = showing.get(i);
            if (w == main || !w.isShowing()) {
                continue;
            }
            if (w instanceof Stage stage && !isQuestion(stage)) {
                hidden.add(0, stage);
            }
            w.hide();
        }
    }

    /** Shows again, oldest first, the stages {@link #hide()} hid. */
    public void showAgain() {
        List<Stage> back = List.copyOf(hidden);
        hidden.clear();
        for (Stage stage : back) {
            if (!stage.isShowing()) {
                stage.show();
            }
        }
    }

    /** The hidden windows stay closed (another user, or nobody, is at the desk now). */
    public void forget() {
        hidden.clear();
    }

    /** A JavaFX {@code Dialog}'s window (an Alert, a question): its scene holds a {@code DialogPane}. */
    private static boolean isQuestion(Stage stage) {
        return stage.getScene() != null && stage.getScene().lookup(".dialog-pane") != null;
    }
}
