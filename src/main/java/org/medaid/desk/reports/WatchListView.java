package org.medaid.desk.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.ReportControls;
import org.medaid.desk.common.SaveTarget;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Widgets;
import org.medaid.watch.WatchAction;
import org.medaid.watch.WatchEntry;
import org.medaid.watch.WatchRule;

/** 监测预警: the rule, the year and month, the people on the list, the act recorded for one, and the exports. */
public final class WatchListView {

    @FXML private VBox root;
    @FXML private ComboBox<WatchRule> ruleBox;
    @FXML private Spinner<Integer> yearSpinner;
    @FXML private ComboBox<Integer> monthBox;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label messageLabel;
    @FXML private TableView<WatchEntry> table;
    @FXML private TableColumn<WatchEntry, String> nameColumn;
    @FXML private TableColumn<WatchEntry, String> placeColumn;
    @FXML private TableColumn<WatchEntry, String> figureColumn;
    @FXML private TableColumn<WatchEntry, String> lineColumn;
    @FXML private TableColumn<WatchEntry, String> sinceColumn;
    @FXML private TableColumn<WatchEntry, String> whyColumn;
    @FXML private TableColumn<WatchEntry, String> clauseColumn;
    @FXML private TableColumn<WatchEntry, String> actionColumn;
    @FXML private Label chosenLabel;
    @FXML private ComboBox<WatchAction> actionBox;
    @FXML private TextField actedOnField;
    @FXML private TextField noteField;
    @FXML private Button recordButton;
    @FXML private Label actMessageLabel;
    @FXML private Button xlsxButton;
    @FXML private Button pdfButton;

    private final WatchListViewModel model;
    private final Texts text;
    private final Parent view;
    private ReportControls controls;

    public WatchListView(WatchListViewModel model) {
        this.model = model;
        this.text = model.state().text();
        this.view = Fxml.load(this, text);
    }

    @FXML
    private void initialize() {
        ruleBox.getItems().setAll(WatchRule.values());
        Widgets.cells(ruleBox, model::ruleName);
        ruleBox.valueProperty().bindBidirectional(model.ruleProperty());
        yearSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2019, model.lastYear(),
                model.yearProperty().get()));
        yearSpinner.valueProperty().addListener((o, a, b) -> model.yearProperty().set(b));
        monthBox.getItems().setAll(IntStream.rangeClosed(0, 12).boxed().toList());
        Widgets.cells(monthBox, m -> m == 0 ? text.get("watch.wholeYear") : text.format("period.month.n", m));
        monthBox.setValue(model.monthProperty().get());
        monthBox.valueProperty().addListener((o, a, b) -> model.monthProperty().set(b == null ? 0 : b));
        table.setItems(model.entries());
        text(nameColumn, WatchEntry::name);
        text(placeColumn, e -> orEmpty(e.township()) + orEmpty(e.village()));
        text(figureColumn, e -> money(e.figure()));
        text(lineColumn, e -> money(e.line()));
        text(sinceColumn, e -> Formats.date(e.since()) + (e.newInPeriod() ? " " + text.get("watch.new") : ""));
        text(whyColumn, e -> e.why() + (e.unconfirmed().isEmpty() ? "" : "（" + text.get("watch.unconfirmed") + "："
                + String.join("、", e.unconfirmed()) + "）"));
        text(clauseColumn, WatchEntry::clause);
        text(actionColumn, model::actionText);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        chosenLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? text.get("watch.act.nobody") : text.format("watch.act.for", model.selectedProperty().get().name()), model.selectedProperty()));
        actionBox.getItems().setAll(WatchAction.values());
        Widgets.cells(actionBox, a -> text.get("watch.action." + a.name()));
        actionBox.valueProperty().bindBidirectional(model.actionProperty());
        actedOnField.textProperty().bindBidirectional(model.actedOnProperty());
        noteField.textProperty().bindBidirectional(model.noteProperty());
        recordButton.disableProperty().bind(model.selectedProperty().isNull());
        org.medaid.desk.common.StatusLine.bind(model.actStatus(), actMessageLabel, null);
        controls = new ReportControls(root, model.state(), busyIndicator, messageLabel).exports(model.listProperty(),
                model::fileName, model::export, xlsxButton, pdfButton);
    }

    private static void text(TableColumn<WatchEntry, String> c, Function<WatchEntry, String> f) {
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
    }

    private static String money(BigDecimal v) {
        return v == null ? "" : Formats.money(v);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @FXML
    private void query() {
        model.query();
    }

    @FXML
    private void record() {
        model.record();
    }

    public void setSaveTarget(SaveTarget target) {
        controls.setSaveTarget(target);
    }

    public void shown() {
        if (model.listProperty().get() == null && !model.state().busyProperty().get()) {
            model.query();
        }
    }

    public Parent view() {
        return view;
    }

    /** The rows on screen (for tests). */
    List<WatchEntry> rows() {
        return table.getItems();
    }
}
