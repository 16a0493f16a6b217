package org.medaid.desk.subsidy;

import static org.medaid.desk.common.Columns.text;

import java.io.File;
import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.ReportControls;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Widgets;
import org.medaid.insurance.SubsidyRecord;
import org.medaid.insurance.SubsidyStatus;

/** 资助参保报送: the premium-subsidy loop of an insurance year (ADR 0062). */
public final class PremiumSubsidyView {

    @FXML private Label yearLabel;
    @FXML private Spinner<Integer> yearSpinner;
    @FXML private Label filterLabel;
    @FXML private ComboBox<SubsidyStatus> filterBox;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label messageLabel;
    @FXML private Button xlsxButton;
    @FXML private Label summaryLabel;
    @FXML private TableView<SubsidyRecord> table;
    @FXML private TableColumn<SubsidyRecord, String> nameColumn;
    @FXML private TableColumn<SubsidyRecord, String> idColumn;
    @FXML private TableColumn<SubsidyRecord, String> villageColumn;
    @FXML private TableColumn<SubsidyRecord, String> subsidyColumn;
    @FXML private TableColumn<SubsidyRecord, String> assistanceColumn;
    @FXML private TableColumn<SubsidyRecord, String> countyColumn;
    @FXML private TableColumn<SubsidyRecord, String> statusColumn;
    @FXML private TableColumn<SubsidyRecord, String> dueColumn;
    @FXML private TableColumn<SubsidyRecord, String> sentColumn;
    @FXML private TableColumn<SubsidyRecord, String> paidColumn;
    @FXML private TableColumn<SubsidyRecord, String> refundColumn;
    @FXML private Label dateLabel;
    @FXML private DatePicker dateField;
    @FXML private Label fileLabel;
    @FXML private TextField fileField;
    @FXML private Label reasonLabel;
    @FXML private TextField refundReasonField;
    @FXML private Button refundButton;
    @FXML private Button repayButton;
    @FXML private Label errorLabel;

    private final PremiumSubsidyViewModel model;
    private final Texts texts;
    private final Parent view;

    public PremiumSubsidyView(PremiumSubsidyViewModel model) {
        this.model = model;
        this.texts = model.state().text();
        this.view = Fxml.load(this, texts);
    }

    @FXML
    private void initialize() {
        ReportControls.yearly(busyIndicator, model.report(), yearLabel, yearSpinner, busyIndicator, messageLabel, errorLabel,
                model::fileName, model::export, xlsxButton, null);
        filterLabel.setLabelFor(filterBox);
        filterBox.getItems().add(null);
        filterBox.getItems().addAll(SubsidyStatus.values());
        Widgets.named(filterBox, s -> s == null ? texts.get("subsidy.filter.all") : model.statusText(s));
        filterBox.valueProperty().bindBidirectional(model.filterProperty());
        filterBox.valueProperty().addListener((o, a, b) -> model.load());
        summaryLabel.textProperty().bind(model.summaryProperty());
        dateLabel.setLabelFor(dateField);
        dateField.valueProperty().bindBidirectional(model.dateProperty());
        fileLabel.setLabelFor(fileField);
        fileField.textProperty().bindBidirectional(model.fileProperty());
        reasonLabel.setLabelFor(refundReasonField);
        refundReasonField.textProperty().bindBidirectional(model.refundReasonProperty());
        initTable();
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        refundButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() == null || model.selectedProperty().get().status() != SubsidyStatus.PAID,
                model.selectedProperty()).or(model.state().busyProperty()));
        repayButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() == null || model.selectedProperty().get().status() != SubsidyStatus.REFUNDED,
                model.selectedProperty()).or(model.state().busyProperty()));
    }

    private void initTable() {
        table.setItems(model.rows());
        table.setPlaceholder(new Label(texts.get("subsidy.empty")));
        text(nameColumn, SubsidyRecord::name);
        text(idColumn, SubsidyRecord::idNumber);
        text(villageColumn, r -> r.village() == null ? "" : r.village());
        text(subsidyColumn, r -> MoneyText.format(r.subsidy()));
        text(assistanceColumn, r -> MoneyText.format(r.assistanceFund()));
        text(countyColumn, r -> MoneyText.format(r.countyBudget()));
        text(statusColumn, r -> model.statusText(r.status()) + (r.repaidTimes() > 0 ? texts.format("subsidy.repaidTimes", r.repaidTimes()) : ""));
        text(dueColumn, r -> r.sendDue() == null ? texts.get("subsidy.due.noCalendar")
                : r.sendDue() + (r.late(model.today()) ? texts.get("subsidy.late") : ""));
        text(sentColumn, r -> date(r.sentOn()));
        text(paidColumn, r -> date(r.paidOn()));
        text(refundColumn, r -> r.refundedOn() == null ? "" : r.refundedOn() + " " + r.refundReason());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SubsidyRecord r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("late"), !empty && r != null && r.late(model.today()));
            }
        });
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    @FXML
    private void query() {
        model.load();
    }

    @FXML
    private void prepare() {
        model.prepare();
    }

    @FXML
    private void send() {
        model.send();
    }

    @FXML
    private void confirm() {
        model.confirm();
    }

    @FXML
    private void refund() {
        model.refund();
    }

    @FXML
    private void repay() {
        model.repay();
    }

    @FXML
    private void exportMonth() {
        model.exportMonth();
    }

    /** Where the file for the tax department or the month's list is written. */
    @FXML
    private void browseSave() {
        File f = chooser("subsidy.file.save").showSaveDialog(view.getScene().getWindow());
        if (f != null) {
            model.fileProperty().set(f.getPath());
        }
    }

    /** The tax department's return file to read. */
    @FXML
    private void browseOpen() {
        File f = chooser("subsidy.file.open").showOpenDialog(view.getScene().getWindow());
        if (f != null) {
            model.fileProperty().set(f.getPath());
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get(title));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        return chooser;
    }

    /** The page came on screen: the rows are read again. */
    public void shown() {
        model.load();
        yearSpinner.requestFocus();
    }

    public Parent view() {
        return view;
    }
}
