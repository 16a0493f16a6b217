package org.medaid.desk.imports;

import static org.medaid.desk.common.Columns.text;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.ReportControls;
import org.medaid.desk.common.Texts;
import org.medaid.importer.ImportLogEntry;

/** 导入记录: when, which file, which list (full or change), department, month, who, and the counts. */
public final class ImportLogView {

    @FXML private VBox root;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button xlsxButton;
    @FXML private Button pdfButton;
    @FXML private Label messageLabel;
    @FXML private TableView<ImportLogEntry> table;
    @FXML private TableColumn<ImportLogEntry, String> atColumn;
    @FXML private TableColumn<ImportLogEntry, String> fileColumn;
    @FXML private TableColumn<ImportLogEntry, String> kindColumn;
    @FXML private TableColumn<ImportLogEntry, String> departmentColumn;
    @FXML private TableColumn<ImportLogEntry, String> monthColumn;
    @FXML private TableColumn<ImportLogEntry, String> userColumn;
    @FXML private TableColumn<ImportLogEntry, String> addedColumn;
    @FXML private TableColumn<ImportLogEntry, String> changedColumn;
    @FXML private TableColumn<ImportLogEntry, String> unchangedColumn;
    @FXML private TableColumn<ImportLogEntry, String> rejectedColumn;
    @FXML private TableColumn<ImportLogEntry, String> exitedColumn;
    @FXML private TableColumn<ImportLogEntry, String> endedColumn;

    private final ImportLogViewModel model;
    private final Parent view;

    public ImportLogView(ImportLogViewModel model) {
        this.model = model;
        this.view = Fxml.load(this, model.list().state().text());
    }

    @FXML
    private void initialize() {
        Texts texts = model.list().state().text();
        ReportControls.rows(root, model.list(), busyIndicator, messageLabel, xlsxButton, pdfButton, table, texts.get("importLog.empty"));
        text(atColumn, model::at);
        text(fileColumn, ImportLogEntry::fileName);
        text(kindColumn, model::kind);
        text(departmentColumn, model::department);
        text(monthColumn, model::month);
        text(userColumn, ImportLogEntry::user);
        text(addedColumn, e -> Long.toString(e.result().added()));
        text(changedColumn, e -> Long.toString(e.result().changed()));
        text(unchangedColumn, e -> Long.toString(e.result().unchanged()));
        text(rejectedColumn, e -> Long.toString(e.result().rejected()));
        text(exitedColumn, e -> Long.toString(e.result().exited()));
        text(endedColumn, e -> Long.toString(e.result().ended()));
    }

    @FXML
    private void refresh() {
        model.load();
    }

    /** The page came on screen: the log is read again. */
    public void shown() {
        model.load();
    }

    public Parent view() {
        return view;
    }
}
