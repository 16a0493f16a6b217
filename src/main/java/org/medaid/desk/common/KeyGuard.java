package org.medaid.desk.common;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The keyboard rules every desk window keeps, installed once per scene by {@link Styles}:
 * <ul>
 * <li>Enter that closes an open list (a combo box, a date picker) only chooses from it, never presses the
 * window's default button (确定, 保存). JavaFX 21's list and calendar consume that Enter themselves (seen
 * under GTK and Monocle); a popup that lets it go on (another skin, another platform) would fire the default
 * button with the same key. The key is stopped here, before the default button sees it.</li>
 * <li>While a modal window of the desk is open (a dialog, the print preview), no key reaches the window
 * behind it, so an Alt mnemonic or an accelerator of the main window never acts under a dialog. This rule
 * is a filter on the window, not on the scene: a scene handles its mnemonics before its own filters see
 * the key.</li>
 * <li>Alt+letter of a check box ticks or clears it, of a radio button chooses it ({@link ToggleMnemonics}, ADR 0113);
 * JavaFX only moves the focus there.</li>
 * </ul>
 */
public final class KeyGuard {

    private static final String INSTALLED = KeyGuard.class.getName();

    private boolean listJustClosed;

    private KeyGuard() {
    }

    /** Installs the rules on {@code scene}; a second call for the same scene does nothing. */
    public static void install(Scene scene) {
        if (scene.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        KeyGuard guard = new KeyGuard();
        scene.addEventFilter(ComboBoxBase.ON_HIDDEN, guard::listClosed);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> guard.key(scene, e));
        if (scene.getWindow() != null) {
            guardWindow(scene.getWindow());
        }
        scene.windowProperty().addListener((o, was, window) -> {
            if (window != null) {
                guardWindow(window);
            }
        });
    }

    private static void guardWindow(Window window) {
        if (window.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) == null) {
            window.addEventFilter(KeyEvent.ANY, e -> {
                if (underModal(window)) {
                    e.consume();
                } else if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                    ToggleMnemonics.press(window.getScene(), e);
                }
            });
        }
    }

    private void listClosed(Event e) {
        // the popup hides while it handles the key; the same key then travels on to this scene
        listJustClosed = true;
        Platform.runLater(() -> listJustClosed = false);
    }

    private void key(Scene scene, KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER
                && (listJustClosed || showingList(scene.getFocusOwner()))) {
            listJustClosed = false;
            e.consume();
        }
    }

    private static boolean showingList(Node focused) {
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?> box) {
                return box.isShowing();
            }
        }
        return false;
    }

    /**
     * Whether a showing modal window of the desk stands over {@code window}: one it owns (directly or
     * not), or an application-modal one that is not its own owner.
     */
    static boolean underModal(Window window) {
        if (window == null) {
            return false;
        }
        for (Window w : Window.getWindows()) {
            if (w != window && w.isShowing() && w instanceof Stage s && s.getModality() != Modality.NONE
                    && (ownedBy(s, window) || s.getModality() == Modality.APPLICATION_MODAL && !ownedBy(window, s))) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownedBy(Window s, Window owner) {
        for (Window w = s instanceof Stage st0 ? st0.getOwner() : null; w != null; w = w instanceof Stage st ? st.getOwner() : null) {
            if (w == owner) {
                return true;
            }
        }
        return false;
    }
}
