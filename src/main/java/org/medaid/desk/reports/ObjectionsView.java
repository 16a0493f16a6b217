package org.medaid.desk.reports;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.ReportFiles;
import org.medaid.desk.common.SaveTarget;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Widgets;
import org.medaid.workflow.Objection;
import org.medaid.workflow.Objections;

/** 公示异议: the cases under a notice with their state, their objections, and the forms to record and decide one. */
public final class ObjectionsView {

    @FXML private ProgressIndicator busyIndicator;
    @FXML private TableView<Objections.Held> caseTable;
    @FXML private TableColumn<Objections.Held, String> caseNumberColumn;
    @FXML private TableColumn<Objections.Held, String> caseNameColumn;
    @FXML private TableColumn<Objections.Held, String> caseVillageColumn;
    @FXML private TableColumn<Objections.Held, String> caseNoticeColumn;
    @FXML private TableColumn<Objections.Held, String> caseStateColumn;
    @FXML private TextField raisedByField;
    @FXML private TextField raisedOnField;
    @FXML private TextField contentField;
    @FXML private Button recordButton;
    @FXML private TableView<Objection> objectionTable;
    @FXML private TableColumn<Objection, String> raisedByColumn;
    @FXML private TableColumn<Objection, String> raisedOnColumn;
    @FXML private TableColumn<Objection, String> contentColumn;
    @FXML private TableColumn<Objection, String> recordedByColumn;
    @FXML private TableColumn<Objection, String> outcomeColumn;
    @FXML private ComboBox<Objection.Outcome> outcomeBox;
    @FXML private TextField checkField;
    @FXML private TextField resolvedOnField;
    @FXML private TextField recoverField;
    @FXML private TextField amountReasonField;
    @FXML private Button resolveButton;
    @FXML private Label recoveryHintLabel;
    @FXML private Label messageLabel;
    @FXML private VBox returnsBox;

    private final ObjectionsViewModel model;
    private final Texts text;
    private final Parent view;
    private SaveTarget saveTarget = SaveTarget.chooser();

    public ObjectionsView(ObjectionsViewModel model) {
        this.model = model;
        this.text = model.text();
        this.view = Fxml.load(this, text);
    }

    @FXML
    private void initialize() {
        caseTable.setItems(model.cases());
        col(caseNumberColumn, model::caseNumber);
        col(caseNameColumn, Objections.Held::name);
        col(caseVillageColumn, h -> h.village() == null ? "" : h.village());
        // the notice or payment line (已审批 date, amount, 待拨付…) is read whole: wrapped, not cut to "…"
        org.medaid.desk.common.Columns.wrapped(caseNoticeColumn, model::notice);
        org.medaid.desk.common.Columns.wrapped(caseStateColumn, model::state);
        caseTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedCaseProperty().set(b);
            }
        });
        model.selectedCaseProperty().addListener((o, a, b) -> {
            if (b != null && caseTable.getSelectionModel().getSelectedItem() != b) {
                caseTable.getSelectionModel().select(b);
            }
        });
        raisedByField.textProperty().bindBidirectional(model.raisedBy);
        raisedOnField.textProperty().bindBidirectional(model.raisedOn);
        contentField.textProperty().bindBidirectional(model.content);
        recordButton.disableProperty().bind(model.selectedCaseProperty().isNull());
        objectionTable.setItems(model.ofCase());
        col(raisedByColumn, Objection::raisedBy);
        col(raisedOnColumn, o -> Formats.date(o.raisedOn()));
        col(contentColumn, Objection::content);
        col(recordedByColumn, Objection::recordedBy);
        col(outcomeColumn, model::outcomeText);
        model.selectedObjectionProperty().bind(objectionTable.getSelectionModel().selectedItemProperty());
        outcomeBox.getItems().setAll(Objection.Outcome.values());
        Widgets.cells(outcomeBox, model::outcomeName);
        outcomeBox.valueProperty().bindBidirectional(model.outcome);
        checkField.textProperty().bindBidirectional(model.check);
        resolvedOnField.textProperty().bindBidirectional(model.resolvedOn);
        recoverField.textProperty().bindBidirectional(model.recover);
        amountReasonField.textProperty().bindBidirectional(model.amountReason);
        // a paid case says what a blank amount means; after an earlier recovery the reason is asked for (ADR 0077)
        recoveryHintLabel.textProperty().bind(model.recoveryHint);
        recoveryHintLabel.visibleProperty().bind(model.recoveryHint.isNotEmpty());
        recoveryHintLabel.managedProperty().bind(recoveryHintLabel.visibleProperty());
        amountReasonField.promptTextProperty().bind(javafx.beans.binding.Bindings.when(model.reasonRequired)
                .then(text.get("objection.amountReason.required")).otherwise(""));
        resolveButton.disableProperty().bind(model.selectedObjectionProperty().isNull());
        // a success reads in the success colour, a refusal in the error colour
        StatusLine.bind(model.status(), messageLabel, busyIndicator);
        returnsBox.getChildren().setAll(new RecoveryReturnsView(model.returns()).view());
        // the money returned is shown for a case with something to return only
        returnsBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.returns().accounts()));
        returnsBox.managedProperty().bind(returnsBox.visibleProperty());
    }

    @FXML
    private void exportXlsx() {
        export(ReportFiles.Format.XLSX);
    }

    @FXML
    private void exportPdf() {
        export(ReportFiles.Format.PDF);
    }

    private void export(ReportFiles.Format f) {
        model.exportRecoveries(f, saveTarget.choose(view.getScene().getWindow(), text.get("export.chooser"),
                model.exportFileName(f), f));
    }

    /** Where the recovery list is saved (a test gives a path instead of the file chooser). */
    public void setSaveTarget(SaveTarget target) {
        this.saveTarget = target;
    }

    private static <S> void col(TableColumn<S, String> c, Function<S, String> f) {
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
    }

    @FXML
    private void reload() {
        model.load();
    }

    @FXML
    private void record() {
        model.record();
    }

    @FXML
    private void resolve() {
        model.resolve();
    }

    public void shown() {
        model.load();
    }

    public Parent view() {
        return view;
    }
}
