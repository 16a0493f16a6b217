package org.medaid.desk.person;

import java.time.LocalDate;
import java.util.Arrays;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.medaid.desk.common.Dialogs;
import org.medaid.desk.common.FieldMarks;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.TypeAhead;
import org.medaid.desk.common.Widgets;
import org.medaid.identity.Department;
import org.medaid.model.Category;

/**
 * The "add identity category" dialog over a {@link CategoryDialogViewModel}: category (type its pinyin initials,
 * 低保对象 → dbdx), start and end dates typed or picked, department, document number.
 */
final class CategoryDialogView {

    private CategoryDialogView() {
    }

    static boolean show(Window owner, CategoryDialogViewModel draft, Texts texts) {
        ComboBox<Category> code = new ComboBox<>();
        code.setId("categoryCode");
        code.getItems().setAll(Arrays.asList(Category.values()));
        Widgets.cells(code, texts::label);
        code.valueProperty().bindBidirectional(draft.categoryProperty());
        TypeAhead.install(code, texts::label);
        code.setMaxWidth(Double.MAX_VALUE);

        DatePicker from = datePicker("categoryFrom", draft.fromTextProperty().get());
        from.getEditor().textProperty().bindBidirectional(draft.fromTextProperty());
        DatePicker to = datePicker("categoryTo", "");
        to.getEditor().textProperty().bindBidirectional(draft.toTextProperty());
        to.setPromptText(texts.get("category.to.open"));

        ComboBox<Department> department = new ComboBox<>();
        department.setId("categoryDepartment");
        department.getItems().setAll(Arrays.asList(Department.values()));
        Widgets.cells(department, texts::label);
        department.valueProperty().bindBidirectional(draft.departmentProperty());
        department.setOnAction(e -> draft.departmentPicked());
        department.setMaxWidth(Double.MAX_VALUE);

        TextField document = new TextField();
        document.setId("categoryDocument");
        document.textProperty().bindBidirectional(draft.documentNoProperty());
        document.setPromptText(texts.get("category.document.prompt"));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setPrefWidth(460);
        Label fromMessage = message();
        Label toMessage = message();
        row(grid, 0, texts.get("category.field.code"), code, null);
        row(grid, 1, texts.get("category.field.from"), from, fromMessage);
        row(grid, 2, texts.get("category.field.to"), to, toMessage);
        row(grid, 3, texts.get("category.field.department"), department, null);
        row(grid, 4, texts.get("category.field.document"), document, null);
        FieldMarks.mark(code, draft.categoryError());
        FieldMarks.bind(from.getEditor(), draft.fromError(), fromMessage);
        FieldMarks.bind(to.getEditor(), draft.toError(), toMessage);
        FieldMarks.mark(department, draft.departmentError());
        return Dialogs.form(owner, texts, texts.get("category.add.title"), texts.get("category.add.header"), grid,
                draft.validBinding(), code);
    }

    private static Label message() {
        Label l = new Label();
        l.getStyleClass().add("field-message");
        return l;
    }

    private static void row(GridPane grid, int row, String text, javafx.scene.Node field, Label message) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(label, 0, row);
        if (message == null) {
            grid.add(field, 1, row);
        } else {
            // the message sits under its field and takes no room while empty
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2, field, message);
            grid.add(box, 1, row);
            label.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
            javafx.scene.layout.GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        }
    }

    /** An editable date picker that reads 2024-03-01, 2024/3/1 or 20240301 and writes ISO dates. */
    static DatePicker datePicker(String id, String text) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setEditable(true);
        p.setMaxWidth(Double.MAX_VALUE);
        Widgets.dates(p);
        p.getEditor().setText(text);
        Formats.parseDate(text).ifPresent(p::setValue);
        p.getEditor().textProperty().addListener((o, a, b) -> {
            LocalDate parsed = Formats.parseDate(b).orElse(null);
            if (parsed != null && !parsed.equals(p.getValue())) {
                p.setValue(parsed);
            }
        });
        return p;
    }
}
