package org.medaid.desk;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/** The column headers of a table that the screen shows cut short (ellipsis instead of the whole text). */
public final class HeaderCheck {

    private HeaderCheck() {
    }

    public static List<String> cut(TableView<?> table) {
        return table.lookupAll(".column-header .label").stream()
                .filter(Label.class::isInstance).map(Label.class::cast)
                .filter(l -> l.getText() != null && !l.getText().isEmpty())
                .filter(l -> l.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                        .anyMatch(t -> !t.getText().equals(l.getText())))
                .map(Label::getText).toList();
    }
}
