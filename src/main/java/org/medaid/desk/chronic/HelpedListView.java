package org.medaid.desk.chronic;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.Columns;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.ReportControls;
import org.medaid.desk.common.Texts;

/** 慢特病帮办代办: who, village, disease, 帮办 or 代办, applied on, state, waiting time and outcome; waiting rows marked. */
public final class HelpedListView {

    @FXML private VBox root;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label messageLabel;
    @FXML private Button xlsxButton;
    @FXML private Button pdfButton;
    @FXML private TableView<HelpedListViewModel.Row> table;
    @FXML private TableColumn<HelpedListViewModel.Row, String> nameColumn;
    @FXML private TableColumn<HelpedListViewModel.Row, String> idColumn;
    @FXML private TableColumn<HelpedListViewModel.Row, String> villageColumn;
    @FXML private TableColumn<HelpedListViewModel.Row, String> diseaseColumn;
    @FXML private TableColumn<HelpedListViewModel.Row, String> helpColumn;
    @FXML private TableColumn<HelpedListViewModel.Row, String> appliedColumn;
    @FXML private TableColumn<HelpedListViewModel.Row, String> stateColumn;
    @FXML private TableColumn<HelpedListViewModel.Row, String> waitingColumn;
    @FXML private TableColumn<HelpedListViewModel.Row, String> outcomeColumn;

    private final HelpedListViewModel model;
    private final Parent view;

    public HelpedListView(HelpedListViewModel model) {
        this.model = model;
        this.view = Fxml.load(this, model.list().state().text());
    }

    @FXML
    private void initialize() {
        Texts texts = model.list().state().text();
        ReportControls.rows(root, model.list(), busyIndicator, messageLabel, xlsxButton, pdfButton, table, texts.get("helped.empty"));
        Columns.text(nameColumn, HelpedListViewModel.Row::name);
        Columns.text(idColumn, HelpedListViewModel.Row::maskedId);
        Columns.text(villageColumn, HelpedListViewModel::place);
        Columns.text(diseaseColumn, HelpedListViewModel.Row::disease);
        Columns.text(helpColumn, HelpedListViewModel.Row::help);
        Columns.text(appliedColumn, r -> r.appliedOn() == null ? "" : r.appliedOn().toString());
        Columns.text(stateColumn, HelpedListViewModel.Row::state);
        Columns.text(waitingColumn, HelpedListViewModel.Row::waiting);
        Columns.text(outcomeColumn, HelpedListViewModel.Row::outcome);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(HelpedListViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                if (!empty && item != null && item.pending()) {
                    getStyleClass().add("overdue");
                }
            }
        });
    }

    @FXML
    private void refresh() {
        model.load();
    }

    /** The page came on screen: the list is read again. */
    public void shown() {
        model.load();
    }

    public Parent view() {
        return view;
    }
}
