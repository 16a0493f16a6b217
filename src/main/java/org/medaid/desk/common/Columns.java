package org.medaid.desk.common;

import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * The set-up every desk table repeats: a column of text, a column of text a clerk must read whole (wrapped), and a
 * column of yuan right-aligned as money.
 */
public final class Columns {

    private Columns() {
    }

    /** {@code c} shows {@code value} of each row as text. */
    public static <S> void text(TableColumn<S, String> c, Function<S, String> value) {
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
    }

    /** {@code c} shows {@code value} of each row as yuan with two places (1,234.50), in the money style. */
    public static <S> void money(TableColumn<S, String> c, Function<S, BigDecimal> value) {
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(MoneyText.format(value.apply(x.getValue()))));
        c.setCellFactory(col -> new TableCell<>() {
            {
                getStyleClass().addAll("money-cell", "amount-cell");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
    }

    /**
     * {@code c} shows {@code value} of each row whole: a text wider than the column goes on to a second line of its row
     * instead of ending in "…", and the row's tooltip repeats it (a township and village the clerk must read).
     */
    public static <S> void wrapped(TableColumn<S, String> c, Function<S, String> value) {
        text(c, value);
        c.setCellFactory(col -> new TableCell<>() {
            private final Text shown = new Text();
            private final Tooltip tip = new Tooltip();

            {
                getStyleClass().add("wrapped-cell");
                shown.wrappingWidthProperty().bind(col.widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 12));
                shown.fillProperty().bind(textFillProperty());
                shown.fontProperty().bind(fontProperty());
                tip.textProperty().bind(shown.textProperty());
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                boolean none = empty || item == null || item.isEmpty();
                shown.setText(none ? "" : item);
                setGraphic(none ? null : shown);
                setTooltip(none ? null : tip);
            }
        });
    }
}
