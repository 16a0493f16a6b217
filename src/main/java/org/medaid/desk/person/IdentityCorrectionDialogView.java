package org.medaid.desk.person;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.medaid.desk.common.Dialogs;
import org.medaid.desk.common.Texts;

/**
 * 更正身份信息 (ADR 0032): the corrected name and ID number with the reason; what depends on the record is
 * named, and a second confirmation shows the old and the new identity before anything is written.
 */
public final class IdentityCorrectionDialogView {

    private IdentityCorrectionDialogView() {
    }

    public static void show(Window owner, IdentityCorrectionViewModel model) {
        Texts texts = model.texts();
        TextField name = field("correctName", model.name);
        TextField id = field("correctId", model.idNumber);
        TextField reason = field("correctReason", model.reason);
        Label dependents = new Label();
        dependents.setId("correctDependents");
        dependents.setWrapText(true);
        dependents.setMaxWidth(460);
        dependents.textProperty().bind(model.dependents);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label(texts.get("person.correct.name"), name), name);
        grid.addRow(1, label(texts.get("person.correct.id"), id), id);
        grid.addRow(2, label(texts.get("person.correct.reason"), reason), reason);
        grid.add(dependents, 0, 3, 2, 1);
        model.loadDependents();
        if (Dialogs.form(owner, texts, texts.get("person.correct.title"), texts.get("person.correct.header"), grid,
                model.validBinding(), reason)
                && Dialogs.confirm(owner, texts, texts.get("person.correct.confirm"), model.summary())) {
            model.correct();
        }
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(22);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Label label(String text, TextField field) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        return l;
    }
}
