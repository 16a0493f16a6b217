package org.medaid.desk.intake;

import static org.medaid.desk.common.Columns.text;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.ReportControls;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Widgets;
import org.medaid.intake.IntakeCase;
import org.medaid.policy.IntakeType;

/** 申请受理: the applications, the policy's checklist of the chosen one, the urgent mark, the receipt and the refusal notice. */
public final class IntakeView {

    @FXML private ProgressIndicator busyIndicator;
    @FXML private TableView<IntakeCase> caseTable;
    @FXML private TableColumn<IntakeCase, String> urgentColumn;
    @FXML private TableColumn<IntakeCase, String> numberColumn;
    @FXML private TableColumn<IntakeCase, String> nameColumn;
    @FXML private TableColumn<IntakeCase, String> villageColumn;
    @FXML private TableColumn<IntakeCase, String> stageColumn;
    @FXML private TableColumn<IntakeCase, String> appliedColumn;
    @FXML private TableColumn<IntakeCase, String> dueColumn;
    @FXML private TableColumn<IntakeCase, String> stateColumn;
    @FXML private Label factsLabel;
    @FXML private ComboBox<IntakeType> typeBox;
    @FXML private Label sourceLabel;
    @FXML private FlowPane documentsPane;
    @FXML private CheckBox urgentCheck;
    @FXML private TextField urgentReasonField;
    @FXML private Button saveButton;
    @FXML private Button xlsxButton;
    @FXML private Button receiptButton;
    @FXML private TextField toldOnField;
    @FXML private TextField toldHowField;
    @FXML private Button toldButton;
    @FXML private Button refusalButton;
    @FXML private Label messageLabel;

    private final IntakeViewModel model;
    private final Texts texts;
    private final Parent view;

    public IntakeView(IntakeViewModel model) {
        this.model = model;
        this.texts = model.state().text();
        this.view = Fxml.load(this, texts);
    }

    @FXML
    private void initialize() {
        new ReportControls(caseTable, model.state(), busyIndicator, messageLabel).exports(model.loadedProperty(), model::fileName,
                model::export, xlsxButton, null);
        caseTable.setItems(model.cases());
        text(urgentColumn, model::urgentText);
        text(numberColumn, IntakeCase::caseNumber);
        text(nameColumn, IntakeCase::name);
        text(villageColumn, c -> c.village() == null ? "" : c.village());
        text(stageColumn, model::stageText);
        text(appliedColumn, c -> Formats.date(c.appliedOn()));
        text(dueColumn, model::dueText);
        text(stateColumn, model::stateText);
        caseTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && caseTable.getSelectionModel().getSelectedItem() != b) {
                caseTable.getSelectionModel().select(b);
            }
        });
        factsLabel.textProperty().bind(model.factsProperty());
        typeBox.setItems(model.types());
        Widgets.cells(typeBox, IntakeType::label);
        typeBox.valueProperty().bindBidirectional(model.type);
        sourceLabel.textProperty().bind(model.sourceProperty());
        model.documents().addListener((ListChangeListener<DocumentItem>) c -> documents());
        urgentCheck.selectedProperty().bindBidirectional(model.urgent);
        urgentReasonField.textProperty().bindBidirectional(model.urgentReason);
        urgentReasonField.disableProperty().bind(urgentCheck.selectedProperty().not());
        var none = model.detailProperty().isNull();
        typeBox.disableProperty().bind(none);
        urgentCheck.disableProperty().bind(none);
        saveButton.disableProperty().bind(none);
        receiptButton.disableProperty().bind(none);
        toldOnField.textProperty().bindBidirectional(model.toldOn);
        toldHowField.textProperty().bindBidirectional(model.toldHow);
        toldOnField.disableProperty().bind(model.refusedProperty().not());
        toldHowField.disableProperty().bind(model.refusedProperty().not());
        toldButton.disableProperty().bind(model.refusedProperty().not());
        refusalButton.disableProperty().bind(model.refusedProperty().not());
    }

    private void documents() {
        documentsPane.getChildren().clear();
        for (DocumentItem d : model.documents()) {
            CheckBox box = new CheckBox(d.name());
            box.getStyleClass().add("intake-document");
            box.selectedProperty().bindBidirectional(d.receivedProperty());
            documentsPane.getChildren().add(box);
        }
    }

    @FXML
    private void reload() {
        model.load();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void told() {
        model.told();
    }

    @FXML
    private void receipt() {
        model.printReceipt();
    }

    @FXML
    private void refusal() {
        model.printRefusal();
    }

    public void shown() {
        model.load();
    }

    public Parent view() {
        return view;
    }
}
