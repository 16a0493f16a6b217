package org.medaid.desk.insurance;

import static org.medaid.desk.common.Columns.text;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.ReportControls;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Widgets;
import org.medaid.insurance.InsuranceStatus;
import org.medaid.insurance.InsuranceTexts;
import org.medaid.insurance.UninsuredReason;
import org.medaid.insurance.UninsuredRow;
import org.medaid.insurance.VillageCoverage;

/** 参保台账: who is not insured for the year, the rate by village, and the form that records it. */
public final class InsuranceLedgerView {

    @FXML private VBox root;
    @FXML private Label yearLabel;
    @FXML private Spinner<Integer> yearSpinner;
    @FXML private CheckBox onlyUninsured;
    @FXML private Label deadlineLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label messageLabel;
    @FXML private Button xlsxButton;
    @FXML private Button pdfButton;
    @FXML private TableView<UninsuredRow> table;
    @FXML private TableColumn<UninsuredRow, String> nameColumn;
    @FXML private TableColumn<UninsuredRow, String> idColumn;
    @FXML private TableColumn<UninsuredRow, String> villageColumn;
    @FXML private TableColumn<UninsuredRow, String> categoriesColumn;
    @FXML private TableColumn<UninsuredRow, String> statusColumn;
    @FXML private TableColumn<UninsuredRow, String> reasonColumn;
    @FXML private TableColumn<UninsuredRow, String> daysColumn;
    @FXML private Label formTitle;
    @FXML private GridPane form;
    @FXML private Label errorLabel;
    @FXML private Button saveButton;
    @FXML private TableView<VillageCoverage> villageTable;
    @FXML private TableColumn<VillageCoverage, String> vVillageColumn;
    @FXML private TableColumn<VillageCoverage, String> vProtectedColumn;
    @FXML private TableColumn<VillageCoverage, String> vInsuredColumn;
    @FXML private TableColumn<VillageCoverage, String> vUninsuredColumn;
    @FXML private TableColumn<VillageCoverage, String> vUnrecordedColumn;
    @FXML private TableColumn<VillageCoverage, String> vRateColumn;
    @FXML private TableColumn<VillageCoverage, String> vTargetColumn;

    private final InsuranceLedgerViewModel model;
    private final Texts texts;
    private final Parent view;

    public InsuranceLedgerView(InsuranceLedgerViewModel model) {
        this.model = model;
        this.texts = model.state().text();
        this.view = Fxml.load(this, texts);
    }

    @FXML
    private void initialize() {
        ReportControls.yearly(root, model.report(), yearLabel, yearSpinner, busyIndicator, messageLabel, errorLabel,
                model::fileName, model::export, xlsxButton, pdfButton);
        onlyUninsured.selectedProperty().bindBidirectional(model.onlyUninsuredProperty());
        deadlineLabel.setText(texts.format("insurance.deadline", model.daysLeft()));
        initTable();
        initVillages();
        initForm();
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        saveButton.disableProperty().bind(model.selectedProperty().isNull().or(model.state().busyProperty()));
    }

    private void initTable() {
        table.setItems(model.rows());
        table.setPlaceholder(new Label(texts.get("insurance.empty")));
        text(nameColumn, UninsuredRow::name);
        text(idColumn, UninsuredRow::idNumber);
        text(villageColumn, UninsuredRow::village);
        text(categoriesColumn, model::categories);
        text(statusColumn, model::status);
        text(reasonColumn, model::reason);
        text(daysColumn, model::days);
    }

    private void initVillages() {
        villageTable.setItems(model.villages());
        villageTable.setPlaceholder(new Label(texts.get("insurance.villages.empty")));
        text(vVillageColumn, VillageCoverage::village);
        text(vProtectedColumn, v -> String.valueOf(v.protectedCount()));
        text(vInsuredColumn, v -> String.valueOf(v.insured()));
        text(vUninsuredColumn, v -> String.valueOf(v.uninsured()));
        text(vUnrecordedColumn, v -> String.valueOf(v.unrecorded()));
        text(vRateColumn, v -> v.ratePercent() == null ? "—" : v.ratePercent().toPlainString() + "%");
        text(vTargetColumn, v -> v.target() == null ? texts.get("insurance.target.none")
                : v.targetPercent().toPlainString() + "%" + (Boolean.FALSE.equals(v.meetsTarget()) ? texts.get("insurance.target.below") : ""));
        vTargetColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                VillageCoverage v = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(v == null ? null : new Tooltip(v.target() == null
                        ? texts.format("insurance.target.noneTip", v.document() == null ? "—" : v.document())
                        : v.target().source() + (v.target().note() == null ? "" : "\n" + v.target().note())));
            }
        });
    }

    private void initForm() {
        formTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            UninsuredRow r = model.selectedProperty().get();
            return r == null ? texts.get("insurance.form.pick") : texts.format("insurance.form.title", r.name(), r.year());
        }, model.selectedProperty()));
        ComboBox<InsuranceStatus> status = new ComboBox<>();
        status.getItems().setAll(InsuranceStatus.values());
        Widgets.named(status, s -> s == null ? "" : InsuranceTexts.status(s, texts.locale()));
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setId("statusBox");
        DatePicker since = new DatePicker();
        since.valueProperty().bindBidirectional(model.sinceProperty());
        since.setId("sinceField");
        ComboBox<UninsuredReason> reason = new ComboBox<>();
        reason.getItems().setAll(UninsuredReason.values());
        Widgets.named(reason, r -> r == null ? "" : InsuranceTexts.reason(r, texts.locale()));
        reason.valueProperty().bindBidirectional(model.reasonProperty());
        reason.setId("reasonBox");
        TextField reasonText = new TextField();
        reasonText.textProperty().bindBidirectional(model.reasonTextProperty());
        reasonText.setId("reasonTextField");
        TextField correction = new TextField();
        correction.textProperty().bindBidirectional(model.correctionReasonProperty());
        correction.setPromptText(texts.get("insurance.correction.prompt"));
        correction.setId("correctionField");
        // one label and its field a row, so the village table beside the form keeps its headers whole
        int r = 0;
        form.addRow(r++, label("insurance.status", status), status);
        form.addRow(r++, label("insurance.since", since), since);
        form.addRow(r++, label("insurance.reason", reason), reason);
        form.addRow(r++, label("insurance.reasonText", reasonText), reasonText);
        form.addRow(r, label("insurance.correction", correction), correction);
        for (javafx.scene.control.Control c : java.util.List.of(status, since, reason, reasonText, correction)) {
            c.setPrefWidth(200);
        }
        reason.disableProperty().bind(model.statusProperty().isNotEqualTo(InsuranceStatus.UNINSURED));
        reasonText.disableProperty().bind(model.reasonProperty().isNotEqualTo(UninsuredReason.OTHER)
                .or(model.statusProperty().isNotEqualTo(InsuranceStatus.UNINSURED)));
        since.disableProperty().bind(model.statusProperty().isEqualTo(InsuranceStatus.UNINSURED));
    }

    private Label label(String key, javafx.scene.Node control) {
        Label l = new Label(texts.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(control);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    @FXML
    private void query() {
        model.load();
    }

    @FXML
    private void save() {
        model.save();
    }

    /** The page came on screen: the list is read again. */
    public void shown() {
        model.load();
        yearSpinner.requestFocus();
    }

    public Parent view() {
        return view;
    }
}
