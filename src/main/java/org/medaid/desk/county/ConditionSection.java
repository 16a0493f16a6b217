package org.medaid.desk.county;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.Texts;
import org.medaid.model.Labels;

/**
 * The 参保条件 section of 设置 › 县级参数 (ADR 0098), under the figures' table: the condition as it stands, and where the
 * policy's document has no such sentence the form that records the county's decision with its document, and the
 * decisions recorded before; where the document has it, a sentence that the county cannot change it here.
 */
final class ConditionSection {

    private ConditionSection() {
    }

    static Node build(ConditionViewModel model) {
        Texts t = Texts.load(Labels.locale());
        Label heading = new Label(t.get("county.condition.title"));
        heading.getStyleClass().add("section-title");

        Label condition = new Label();
        condition.setId("countyInsuranceCondition");
        condition.setWrapText(true);
        condition.setMinHeight(Region.USE_PREF_SIZE);
        condition.textProperty().bind(model.sentenceProperty());

        Label fixed = new Label();
        fixed.setId("countyConditionFixed");
        fixed.setWrapText(true);
        fixed.setMinHeight(Region.USE_PREF_SIZE);
        fixed.textProperty().bind(model.notOfferedProperty());
        show(fixed, model.offeredProperty().not());

        ToggleGroup choice = new ToggleGroup();
        RadioButton required = new RadioButton(t.get("county.condition.choice.required"));
        required.setId("countyConditionRequired");
        required.setToggleGroup(choice);
        RadioButton notRequired = new RadioButton(t.get("county.condition.choice.notRequired"));
        notRequired.setId("countyConditionNotRequired");
        notRequired.setToggleGroup(choice);
        choice.selectedToggleProperty().addListener((o, a, b) -> model.requiredProperty().set(b == null ? null : b == required));
        model.requiredProperty().addListener((o, a, b) -> choice.selectToggle(b == null ? null : b ? required : notRequired));
        Label decisionLabel = label(t, "county.condition.decision", required);
        HBox decision = new HBox(12, decisionLabel, required, notRequired);

        TextField document = field("countyConditionDocument", 18, model.documentProperty());
        TextField clause = field("countyConditionClause", 8, model.clauseProperty());
        TextField quoted = field("countyConditionQuoted", 40, model.quotedProperty());
        document.setPromptText(t.get("county.condition.document.prompt"));
        clause.setPromptText(t.get("county.condition.clause.prompt"));
        Button save = new Button(t.get("county.condition.save"));
        save.setId("countyConditionSave");
        save.setMnemonicParsing(true);
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> model.save());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, label(t, "county.condition.document", document), document, label(t, "county.condition.clause", clause), clause);
        form.addRow(1, label(t, "county.condition.quoted", quoted), quoted);
        GridPane.setColumnSpan(quoted, 3);
        GridPane.setHgrow(quoted, Priority.ALWAYS);
        form.add(save, 4, 1);
        Label rule = new Label(t.get("county.condition.rule"));
        rule.setWrapText(true);
        rule.setMinHeight(Region.USE_PREF_SIZE);
        rule.getStyleClass().add("note");
        VBox edit = new VBox(8, decision, form, rule);
        edit.setDisable(!model.mayEdit());
        show(edit, model.offeredProperty());

        Label history = new Label();
        history.setId("countyConditionHistory");
        history.setWrapText(true);
        history.setMinHeight(Region.USE_PREF_SIZE);
        history.getStyleClass().add("note");
        history.textProperty().bind(Bindings.createStringBinding(() -> model.history().isEmpty() ? ""
                : t.get("county.condition.history") + "\n" + IntStream.range(0, model.history().size())
                        .mapToObj(i -> ConditionViewModel.line(model.history().get(i), i == 0)).collect(Collectors.joining("\n")),
                model.history()));
        show(history, Bindings.isNotEmpty(model.history()));

        VBox box = new VBox(8, heading, condition, fixed, edit, history);
        box.setId("countyCondition");
        return box;
    }

    private static void show(Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private static TextField field(String id, int columns, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Label label(Texts t, String key, Node target) {
        Label l = new Label(t.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }
}
