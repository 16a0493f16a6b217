package org.medaid.desk.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;

/**
 * A field's message as the clerk types: the field outlined red (desk.css {@code .error}) and the message in
 * words under it, once the clerk has typed into it or left it. Deliberately not ControlsFX's
 * ValidationSupport: its decorations wrap the scene's root in a DecorationPane, after which JavaFX's
 * Alt+letter mnemonics no longer reach the fields (seen under Xvfb with real X key events; ADR 0022). The
 * desk's one way of showing a field's error (ADR 0042).
 */
public final class FieldMarks {

    private FieldMarks() {
    }

    /** Marks {@code field} with {@code error} and says it in {@code message} once the field is touched. */
    public static void bind(TextInputControl field, ObservableStringValue error, Label message) {
        BooleanProperty touched = new SimpleBooleanProperty(!field.getText().isEmpty());
        field.textProperty().addListener((o, a, b) -> touched.set(true));
        field.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                touched.set(true);
            }
        });
        var shown = Bindings.createStringBinding(() -> touched.get() && error.get() != null ? error.get() : "", touched, error);
        mark(field, shown);
        if (message != null) {
            message.textProperty().bind(shown);
            collapseWhenEmpty(message);
        }
    }

    /** A message label takes no room while it says nothing. */
    public static void collapseWhenEmpty(Label message) {
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
    }

    /** Marks any control (a combo box) with {@code error} at once. */
    public static void mark(Control control, ObservableStringValue error) {
        Tooltip tip = new Tooltip();
        error.addListener((o, a, b) -> update(control, tip, b));
        update(control, tip, error.get());
    }

    private static void update(Control control, Tooltip tip, String message) {
        boolean bad = message != null && !message.isEmpty();
        control.getStyleClass().remove("error");
        if (control.tooltipProperty().isBound()) {
            // a date picker's or combo box's editor: its tooltip is the picker's; the sentence below says it
            if (bad) {
                control.getStyleClass().add("error");
            }
            return;
        }
        if (bad) {
            control.getStyleClass().add("error");
            tip.setText(message);
            control.setTooltip(tip);
        } else if (control.getTooltip() == tip) {
            control.setTooltip(null);
        }
    }
}
