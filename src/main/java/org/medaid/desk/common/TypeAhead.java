package org.medaid.desk.common;

import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;
import org.medaid.identity.PinyinInitials;

/**
 * Type-to-select for a combo box: the letters typed within a second pick the first item whose name's
 * pinyin initials (低保对象 → dbdx) or English name start with them; clerks need not open the list.
 */
public final class TypeAhead {

    private TypeAhead() {
    }

    /**
     * PinyinInitials reads a first character as a surname (重度残疾人 → c...); a category name is no person's
     * name, so its ordinary reading (z...) is offered too, by reading it after a leading Latin letter.
     */
    static java.util.List<String> initials(String name) {
        return java.util.List.of(PinyinInitials.of(name), PinyinInitials.of("x" + name).substring(1));
    }

    /**
     * Letters typed on the closed or open box choose the first item whose initials (or name) start with
     * what was typed so far; a letter that leads nowhere starts again from itself. No timer: a slow or a
     * busy machine picks the same item as a fast one. Leaving the box forgets what was typed.
     */
    public static <T> void install(ComboBox<T> box, Function<T, String> name) {
        StringBuilder typed = new StringBuilder();
        box.focusedProperty().addListener((o, was, is) -> typed.setLength(0));
        box.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (c.isEmpty() || !Character.isLetterOrDigit(c.charAt(0)) || e.isControlDown() || e.isAltDown()) {
                return;
            }
            String letter = c.toLowerCase(Locale.ROOT);
            T found = first(box, name, typed + letter);
            if (found == null) {
                typed.setLength(0);
                found = first(box, name, letter);
            }
            typed.append(letter);
            if (found != null) {
                box.setValue(found);
                e.consume();
            } else {
                typed.setLength(0);
            }
        });
    }

    private static <T> T first(ComboBox<T> box, Function<T, String> name, String prefix) {
        for (T item : box.getItems()) {
            String n = name.apply(item);
            if (initials(n).stream().anyMatch(i -> i.startsWith(prefix)) || n.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return item;
            }
        }
        return null;
    }
}
