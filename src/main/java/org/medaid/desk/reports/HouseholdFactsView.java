package org.medaid.desk.reports;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.ReportControls;
import org.medaid.desk.common.Widgets;

/** 家庭经济状况: find a household by a member's ID number, record its income, assets and 普通农户 with date and source. */
public final class HouseholdFactsView {

    @FXML private ProgressIndicator busyIndicator;
    @FXML private TextField idField;
    @FXML private TextField yearField;
    @FXML private Label householdLabel;
    @FXML private Label currentLabel;
    @FXML private TextField incomeField;
    @FXML private TextField assetsField;
    @FXML private ComboBox<HouseholdFactsViewModel.Rural> ruralBox;
    @FXML private TextField recordedOnField;
    @FXML private TextField sourceField;
    @FXML private Button saveButton;
    @FXML private TextField voidField;
    @FXML private Button voidButton;
    @FXML private Label messageLabel;

    private final HouseholdFactsViewModel model;
    private final Parent view;

    public HouseholdFactsView(HouseholdFactsViewModel model) {
        this.model = model;
        this.view = Fxml.load(this, model.state().text());
    }

    @FXML
    private void initialize() {
        new ReportControls(idField, model.state(), busyIndicator, messageLabel);
        idField.textProperty().bindBidirectional(model.idNumber);
        yearField.textProperty().bindBidirectional(model.year);
        householdLabel.textProperty().bind(model.householdProperty());
        currentLabel.textProperty().bind(model.currentProperty());
        incomeField.textProperty().bindBidirectional(model.income);
        assetsField.textProperty().bindBidirectional(model.assets);
        ruralBox.getItems().setAll(HouseholdFactsViewModel.Rural.values());
        Widgets.cells(ruralBox, model::ruralName);
        ruralBox.valueProperty().bindBidirectional(model.rural);
        recordedOnField.textProperty().bindBidirectional(model.recordedOn);
        sourceField.textProperty().bindBidirectional(model.source);
        voidField.textProperty().bindBidirectional(model.voidReason);
        saveButton.disableProperty().bind(model.headProperty().isNull().or(model.state().busyProperty()));
        voidButton.disableProperty().bind(model.factsProperty().isNull().or(model.state().busyProperty()));
    }

    @FXML
    private void find() {
        model.find();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void voidCurrent() {
        model.voidCurrent();
    }

    public Parent view() {
        return view;
    }

    /** Each time the page is chosen: nothing to reload until a household is asked for. */
    public void shown() {
        idField.requestFocus();
    }
}
