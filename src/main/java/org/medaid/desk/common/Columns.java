package org.medaid.desk.common;

import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** The set-up every desk table repeats: a column of text, and a column of yuan right-aligned as money. */
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
}
