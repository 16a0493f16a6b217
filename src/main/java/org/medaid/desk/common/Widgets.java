package org.medaid.desk.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.Node;
import javafx.util.Duration;

/** Small helpers for wiring controls the same way on every screen. */
public final class Widgets {

    private Widgets() {
    }

    /** Shows combo items (list and button) through {@code name}. */
    public static <T> void cells(ComboBox<T> box, Function<T, String> name) {
        box.setCellFactory(l -> new NameCell<>(name));
        box.setButtonCell(new NameCell<>(name));
    }

    public static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }

    public static void tooltip(Node node, String text) {
        Tooltip.install(node, tooltip(text));
    }

    private static final class NameCell<T> extends ListCell<T> {
        private final Function<T, String> name;

        NameCell(Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : name.apply(item));
        }
    }
}
