package org.medaid.desk.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.medaid.table.Column;
import org.medaid.table.ColumnType;
import org.medaid.table.DataTable;

/**
 * Shows a {@link DataTable} in a table view as the file and the paper have it: the same columns, amounts
 * right-aligned with two decimals, shares as percentages, the totals row last and in bold.
 */
public final class DataTables {

    private DataTables() {
    }

    /**
     * The width a column needs for its whole header (再救助/倾斜救助, 应付金额（元）): a file's column width counts
     * characters of 8 px, a Chinese header's characters are about 14 px at the desk's table size.
     */
    static double headerWidth(String header) {
        double w = 24;
        for (int i = 0; i < header.length(); i++) {
            w += header.charAt(i) >= 0x2E80 ? 14 : 8;
        }
        return w;
    }

    /** A table view for {@code t}'s rows (empty until {@link #show}); {@code placeholder} when there are none. */
    public static TableView<List<Object>> view(String id, String placeholder) {
        TableView<List<Object>> v = new TableView<>();
        v.setId(id);
        v.setPlaceholder(new Label(placeholder));
        v.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        v.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(List<Object> item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("totals-row");
                if (!empty && item != null && item instanceof Totals) {
                    getStyleClass().add("totals-row");
                }
            }
        });
        return v;
    }

    /** The row list that marks the totals row. */
    private static final class Totals extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;

        Totals(List<Object> cells) {
            super(cells);
        }
    }

    public static void show(TableView<List<Object>> v, DataTable t) {
        v.getColumns().clear();
        if (t == null) {
            v.getItems().clear();
            return;
        }
        List<Column> cols = t.columns();
        for (int i = 0; i < cols.size(); i++) {
            int index = i;
            Column c = cols.get(i);
            TableColumn<List<Object>, String> tc = new TableColumn<>(c.header());
            tc.setPrefWidth(Math.max(Math.max(72, c.width() * 8), headerWidth(c.header())));
            tc.setMinWidth(64);
            tc.setSortable(false);
            tc.setCellValueFactory(x -> new ReadOnlyStringWrapper(text(c.type(), x.getValue().get(index))));
            if (c.type() == ColumnType.MONEY || c.type() == ColumnType.COUNT || c.type() == ColumnType.SHARE) {
                tc.setCellFactory(col -> {
                    TableCell<List<Object>, String> cell = new TableCell<>() {
                        @Override
                        protected void updateItem(String s, boolean empty) {
                            super.updateItem(s, empty);
                            setText(empty ? null : s);
                        }
                    };
                    cell.getStyleClass().add("amount-cell");
                    return cell;
                });
            }
            v.getColumns().add(tc);
        }
        List<List<Object>> rows = new ArrayList<>(t.rows());
        if (t.totals() != null && !t.rows().isEmpty()) {
            rows.add(new Totals(t.totals()));
        }
        v.getItems().setAll(rows);
    }

    /** A cell as the screen shows it. */
    public static String text(ColumnType type, Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof String s) {
            return s;
        }
        return switch (type) {
            case MONEY -> Formats.money((BigDecimal) v);
            case SHARE -> ((BigDecimal) v).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
            case DATE -> Formats.date((LocalDate) v);
            default -> v.toString();
        };
    }
}
