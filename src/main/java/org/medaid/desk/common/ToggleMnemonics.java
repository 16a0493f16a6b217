package org.medaid.desk.common;

import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.Mnemonic;

/**
 * Alt+letter of a check box ticks or clears it, and of a radio button chooses it, as on Windows (ADR 0113). JavaFX 21
 * only moves the focus to them: the first-run wizard's 加载…的样例乡镇(L) was left unticked by Alt+L, and Alt+F (完成) then
 * finished without the sample township. Called by {@link KeyGuard}'s filter on each desk window, which sees a key
 * before the scene handles its mnemonics. Only when the letter names exactly one shown, enabled control and that
 * control is a check box or a radio button; every other mnemonic is left to JavaFX.
 */
final class ToggleMnemonics {

    private ToggleMnemonics() {
    }

    /** Acts on {@code e} when it is such a mnemonic; returns whether it did (the key is then consumed). */
    static boolean press(Scene scene, KeyEvent e) {
        if (scene == null || e.isConsumed() || !e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
            return false;
        }
        Node only = null;
        int shown = 0;
        for (Map.Entry<KeyCombination, ObservableList<Mnemonic>> entry : scene.getMnemonics().entrySet()) {
            if (!entry.getKey().match(e)) {
                continue;
            }
            for (Mnemonic m : List.copyOf(entry.getValue())) {
                Node n = m.getNode();
                if (shown(n, scene)) {
                    shown++;
                    only = n;
                }
            }
        }
        if (shown != 1) {
            return false;
        }
        if (only instanceof CheckBox box) {
            box.requestFocus();
            box.fire();
        } else if (only instanceof RadioButton radio) {
            radio.requestFocus();
            radio.fire();
        } else {
            return false;
        }
        e.consume();
        return true;
    }

    /** On this scene, enabled, and it and every parent visible. */
    private static boolean shown(Node n, Scene scene) {
        if (n == null || n.getScene() != scene || n.isDisabled()) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
