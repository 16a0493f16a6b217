package org.medaid.desk.person;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.medaid.desk.common.Dialogs;
import org.medaid.desk.common.FieldMarks;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Texts;

/** 退出: asks for the end date of a category (today unless the clerk types another); history is kept. */
final class EndCategoryDialogView {

    private EndCategoryDialogView() {
    }

    static Optional<LocalDate> show(Window owner, CategoryItem item, CategoryActions actions, Texts texts, LocalDate today) {
        DatePicker to = CategoryDialogView.datePicker("categoryEnd", Formats.date(today));
        Label label = new Label(texts.get("category.field.to"));
        label.setMnemonicParsing(true);
        label.setLabelFor(to);
        Label message = new Label();
        message.getStyleClass().add("field-message");
        Label note = new Label(texts.get("category.end.note"));
        note.getStyleClass().add("note");
        note.setWrapText(true);
        StringBinding problem = Bindings.createStringBinding(
                () -> actions.endProblem(item, Formats.parseDate(to.getEditor().getText()).orElse(null)), to.getEditor().textProperty());
        FieldMarks.bind(to.getEditor(), problem, message);
        VBox box = new VBox(8, label, to, message, note);
        box.setPrefWidth(420);
        String header = texts.format("category.end.header", texts.label(item.record().code()), Formats.date(item.record().from()));
        boolean done = Dialogs.form(owner, texts, texts.get("category.end.title"), header, box,
                Bindings.createBooleanBinding(() -> problem.get() == null, problem), to.getEditor());
        return done ? Formats.parseDate(to.getEditor().getText()) : Optional.empty();
    }
}
