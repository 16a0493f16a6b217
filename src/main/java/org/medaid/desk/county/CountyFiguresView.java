package org.medaid.desk.county;

import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.Texts;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.medaid.backup.CountyFigure;
import org.medaid.model.Money;
import org.medaid.policy.Policy;

/**
 * 设置 › 县级参数 (ADR 0036): the county figures of a policy in a table, and a row to set the selected one
 * with its document; under it the 参保条件 section (ADR 0098, {@link ConditionSection}). Shown to every user; only an
 * administrator's controls are enabled. Built in code: one card, like 设置 › 用户与角色.
 */
public final class CountyFiguresView {

    private final CountyFiguresViewModel model;
    private final VBox view = new VBox(10);

    public CountyFiguresView(CountyFiguresViewModel model) {
        this.model = model;
        build();
        model.load();
    }

    private void build() {
        view.getStyleClass().add("card");
        view.setId("countyFigures");
        view.setMaxWidth(860);
        view.setPadding(new Insets(14));
        Label title = new Label(Texts.load(org.medaid.model.Labels.locale()).get("county.title"));
        title.getStyleClass().add("card-title");
        Label note = new Label(Texts.load(org.medaid.model.Labels.locale()).get(model.mayEdit() ? "county.note" : "county.adminOnly"));
        note.setWrapText(true);
        note.getStyleClass().add("note");

        ComboBox<Policy> policy = new ComboBox<>(model.policyList());
        policy.setId("countyPolicy");
        policy.valueProperty().bindBidirectional(model.policyProperty());
        policy.setCellFactory(v -> policyCell());
        policy.setButtonCell(policyCell());
        HBox top = new HBox(8, label("county.policy", policy), policy);

        TableView<CountyFigureRows.Row> table = new TableView<>(model.rows());
        table.setId("countyTable");
        table.setPrefHeight(260);
        table.getColumns().add(column(Texts.load(org.medaid.model.Labels.locale()).get("county.col.figure"), CountyFigureRows.Row::label, 320));
        table.getColumns().add(column(Texts.load(org.medaid.model.Labels.locale()).get("county.col.value"), CountyFiguresView::value, 110));
        table.getColumns().add(column(Texts.load(org.medaid.model.Labels.locale()).get("county.col.state"), CountyFiguresView::state, 260));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());

        TextField value = new TextField();
        value.setId("countyValue");
        value.setPrefColumnCount(8);
        value.textProperty().bindBidirectional(model.valueProperty());
        TextField document = new TextField();
        document.setId("countyDocument");
        document.setPrefColumnCount(18);
        document.textProperty().bindBidirectional(model.documentProperty());
        Button save = new Button(Texts.load(org.medaid.model.Labels.locale()).get("county.save"));
        save.setId("countySave");
        save.setMnemonicParsing(true);
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.selectedProperty().isNull());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, label("county.value", value), value, label("county.document", document), document, save);
        form.setDisable(!model.mayEdit());

        Label message = new Label();
        message.setId("countyMessage");
        message.setWrapText(true);
        StatusLine.bind(model.status(), message, null);
        view.getChildren().setAll(title, note, top, table, form, ConditionSection.build(model.condition()), message);
    }

    static String value(CountyFigureRows.Row r) {
        if (r.param() == null || r.param().value() == null) {
            return "";
        }
        String name = r.figure();
        boolean rate = name.endsWith("rate") || name.endsWith("share") || name.endsWith("Ratio") || name.endsWith("maxShare")
                || name.endsWith("rateBonus") || name.contains("locationRates") || name.contains("FirstSelfPay");
        return rate ? Money.percent(r.param().value()) : Money.format(r.param().value());
    }

    static String state(CountyFigureRows.Row r) {
        CountyFigure c = r.set();
        if (c != null) {
            return Texts.load(org.medaid.model.Labels.locale()).format("county.state.set", c.document(), c.setBy(), c.setAt().toLocalDate().toString());
        }
        if (r.param() == null || r.param().value() == null) {
            return Texts.load(org.medaid.model.Labels.locale()).get("county.state.missing");
        }
        return Texts.load(org.medaid.model.Labels.locale()).get(r.param().unconfirmed() ? "county.state.unconfirmed" : "county.state.document");
    }

    private static Label label(String key, Node target) {
        Label l = new Label(Texts.load(org.medaid.model.Labels.locale()).get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    private static ListCell<Policy> policyCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Policy p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + "（" + p.document() + "）");
            }
        };
    }

    private static TableColumn<CountyFigureRows.Row, String> column(String title, Function<CountyFigureRows.Row, String> value,
            double width) {
        TableColumn<CountyFigureRows.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.6);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    public Node view() {
        return view;
    }
}
