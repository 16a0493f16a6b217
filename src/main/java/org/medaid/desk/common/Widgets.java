package org.medaid.desk.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.Node;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** Small helpers for wiring controls the same way on every screen. */
public final class Widgets {

    private Widgets() {
    }

    /** Shows combo items (list and button) through {@code name}. */
    public static <T> void cells(ComboBox<T> box, Function<T, String> name) {
        box.setCellFactory(l -> new NameCell<>(name, false));
        box.setButtonCell(new NameCell<>(name, false));
    }

    /**
     * Shows combo items through {@code name} everywhere: the list, the button and the converter. {@code name} is asked
     * for null too, so a null item can stand for a choice such as 全部 (ADR 0082).
     */
    public static <T> void named(ComboBox<T> box, Function<T, String> name) {
        box.setConverter(converter(name, s -> null));
        box.setCellFactory(l -> new NameCell<>(name, true));
        box.setButtonCell(new NameCell<>(name, true));
    }

    /**
     * A date picker shows and takes dates as the desk writes them (2024-12-20; typed 2024/12/20 or 20241220 too), not in
     * the machine's locale format (12/20/2024 on an English system).
     */
    public static void dates(javafx.scene.control.DatePicker picker) {
        picker.setConverter(converter(Formats::date, s -> Formats.parseDate(s).orElse(null)));
    }

    /** A converter from two functions: {@code toText} for the item (null included), {@code fromText} for typed text. */
    public static <T> StringConverter<T> converter(Function<T, String> toText, Function<String, T> fromText) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return toText.apply(t);
            }

            @Override
            public T fromString(String s) {
                return fromText.apply(s);
            }
        };
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

    /** A cell showing its item by {@code name}; a null item blank, or named too when {@code nulls}. */
    private static final class NameCell<T> extends ListCell<T> {
        private final Function<T, String> name;
        private final boolean nulls;

        NameCell(Function<T, String> name, boolean nulls) {
            this.name = name;
            this.nulls = nulls;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null && !nulls ? null : name.apply(item));
        }
    }
}
