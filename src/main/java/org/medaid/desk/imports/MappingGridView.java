package org.medaid.desk.imports;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Widgets;
import org.medaid.importer.Table;

/**
 * The column-mapping step: for each field of the list, a combo of the file's columns (or none) and the
 * first values of the chosen column, in two columns of fields so that all fit without scrolling.
 */
final class MappingGridView {

    private static final int SAMPLES = 3;

    private final ImportViewModel model;
    private final GridPane grid;
    private final Texts texts;

    MappingGridView(ImportViewModel model, GridPane grid) {
        this.model = model;
        this.grid = grid;
        this.texts = model.texts();
    }

    void bind() {
        model.tableProperty().addListener((o, a, b) -> build());
    }

    private void build() {
        grid.getChildren().clear();
        Table table = model.tableProperty().get();
        if (table == null) {
            return;
        }
        List<MappingRow> rows = model.mapping();
        int half = (rows.size() + 1) / 2;
        for (int i = 0; i < rows.size(); i++) {
            int col = i < half ? 0 : 3;
            int row = i < half ? i : i - half;
            add(rows.get(i), table, col, row);
        }
        Label problem = new Label();
        problem.getStyleClass().add("field-message");
        problem.textProperty().bind(model.mappingProblem());
        grid.add(problem, 1, half, 5, 1);
    }

    private void add(MappingRow row, Table table, int col, int line) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId("map" + row.field().name());
        box.setMaxWidth(Double.MAX_VALUE);
        box.getItems().add(-1);
        for (int i = 0; i < table.headers().size(); i++) {
            box.getItems().add(i);
        }
        Widgets.cells(box, i -> i < 0 ? texts.get("import.mapping.none") : texts.format("import.column", i + 1, table.headers().get(i)));
        box.setValue(row.columnProperty().get());
        box.valueProperty().addListener((o, a, b) -> row.columnProperty().set(b == null ? -1 : b));
        Label label = new Label(row.field().label(texts.locale()) + (row.field().required() ? " *" : ""));
        label.setLabelFor(box);
        label.setMinWidth(Label.USE_PREF_SIZE);
        Label sample = new Label();
        sample.getStyleClass().add("note");
        sample.textProperty().bind(Bindings.createStringBinding(() -> samples(table, row.columnProperty().get()), row.columnProperty()));
        grid.add(label, col, line);
        grid.add(box, col + 1, line);
        grid.add(sample, col + 2, line);
    }

    private static String samples(Table table, int column) {
        if (column < 0) {
            return "";
        }
        return table.rows().stream().limit(SAMPLES).map(r -> r.cell(column)).filter(s -> !s.isBlank())
                .collect(Collectors.joining("、"));
    }
}
