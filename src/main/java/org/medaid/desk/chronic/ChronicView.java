package org.medaid.desk.chronic;

import static org.medaid.desk.common.Columns.text;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.medaid.chronic.Entitlement;
import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Widgets;

/** 门诊慢特病资格 of one person: the entries, and the forms that record a certificate, an application, its outcome. */
public final class ChronicView {

    @FXML private Label titleLabel;
    @FXML private Label sourceLabel;
    @FXML private TableView<Entitlement> table;
    @FXML private TableColumn<Entitlement, String> diseaseColumn;
    @FXML private TableColumn<Entitlement, String> helpColumn;
    @FXML private TableColumn<Entitlement, String> stateColumn;
    @FXML private TableColumn<Entitlement, String> datesColumn;
    @FXML private TableColumn<Entitlement, String> outcomeColumn;
    @FXML private ComboBox<String> diseaseBox;
    @FXML private TextField certificateField;
    @FXML private TextField certifiedByField;
    @FXML private TextField fromField;
    @FXML private TextField toField;
    @FXML private ComboBox<Entitlement.Help> helpBox;
    @FXML private TextField appliedField;
    @FXML private TextField reasonField;
    @FXML private Button refuseButton;
    @FXML private Button voidButton;
    @FXML private Label messageLabel;

    private final ChronicViewModel model;
    private final String title;
    private final Parent view;
    private Runnable onClose = () -> { };

    public ChronicView(ChronicViewModel model, String title) {
        this.model = model;
        this.title = title;
        this.view = Fxml.load(this, model.text());
    }

    @FXML
    private void initialize() {
        titleLabel.setText(title);
        sourceLabel.textProperty().bind(model.sourceProperty());
        table.setItems(model.entries());
        text(diseaseColumn, Entitlement::disease);
        text(helpColumn, e -> model.helpText(e.help()));
        text(stateColumn, model::stateText);
        text(datesColumn, model::datesText);
        text(outcomeColumn, model::outcomeText);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        diseaseBox.setItems(model.diseases());
        diseaseBox.getEditor().textProperty().bindBidirectional(model.disease);
        certificateField.textProperty().bindBidirectional(model.certificateNo);
        certifiedByField.textProperty().bindBidirectional(model.certifiedBy);
        fromField.textProperty().bindBidirectional(model.validFrom);
        toField.textProperty().bindBidirectional(model.validTo);
        helpBox.getItems().setAll(Entitlement.Help.HELPED, Entitlement.Help.PROXY);
        Widgets.cells(helpBox, model::helpText);
        helpBox.valueProperty().bindBidirectional(model.help);
        appliedField.textProperty().bindBidirectional(model.appliedOn);
        reasonField.textProperty().bindBidirectional(model.reason);
        refuseButton.disableProperty().bind(model.selectedProperty().isNull());
        voidButton.disableProperty().bind(model.selectedProperty().isNull());
        StatusLine.bind(model.status(), messageLabel, null);
    }

    @FXML
    private void certify() {
        model.certify();
    }

    @FXML
    private void apply() {
        model.apply();
    }

    @FXML
    private void refuse() {
        model.refuse();
    }

    @FXML
    private void voidEntry() {
        model.voidSelected();
    }

    @FXML
    private void close() {
        onClose.run();
    }

    public void setOnClose(Runnable action) {
        this.onClose = action;
    }

    public Parent view() {
        return view;
    }
}
