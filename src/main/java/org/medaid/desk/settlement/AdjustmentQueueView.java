package org.medaid.desk.settlement;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import org.medaid.settlement.Adjustment;

/** The 结算调整 queue page: the table, the selected adjustment's lines and reasons, confirm and print. */
public final class AdjustmentQueueView {

    @FXML private Parent root;
    @FXML private Button confirmButton;
    @FXML private Button printButton;
    @FXML private Button refreshButton;
    @FXML private Label messageLabel;
    @FXML private TableView<AdjustmentItem> table;
    @FXML private TableColumn<AdjustmentItem, String> stateColumn;
    @FXML private TableColumn<AdjustmentItem, String> numberColumn;
    @FXML private TableColumn<AdjustmentItem, String> originalColumn;
    @FXML private TableColumn<AdjustmentItem, String> personColumn;
    @FXML private TableColumn<AdjustmentItem, String> amountColumn;
    @FXML private TableColumn<AdjustmentItem, String> reasonColumn;
    @FXML private ListView<String> detailList;

    private final AdjustmentQueueViewModel model;
    private final Texts text;
    private final Parent view;
    private Runnable onBack = () -> { };

    public AdjustmentQueueView(AdjustmentQueueViewModel model) {
        this.model = model;
        this.text = model.text();
        this.view = Fxml.load(this, text);
    }

    @FXML
    private void initialize() {
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.get("adjust.state." + c.getValue().adjustment().state())));
        numberColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().adjustment().number() == null
                ? text.get("adjust.numberLater") : c.getValue().adjustment().number()));
        originalColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().adjustment().settlementNumber()));
        personColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().personName()));
        amountColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.summary(c.getValue().adjustment())));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.reasons(c.getValue().adjustment())));
        table.setItems(model.items());
        table.setPlaceholder(new Label(text.get("adjust.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        detailList.setItems(model.detail());
        StatusLine.bind(model.status(), messageLabel, null);
        confirmButton.disableProperty().bind(model.canConfirmBinding().not());
        printButton.disableProperty().bind(model.canPrintBinding().not());
        refreshButton.disableProperty().bind(model.status().busyProperty());
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onBack.run();
            }
        });
    }

    @FXML
    private void confirm() {
        model.confirm();
    }

    @FXML
    private void print() {
        model.print();
    }

    @FXML
    private void refresh() {
        model.refresh(null);
    }

    @FXML
    private void back() {
        onBack.run();
    }

    public void setOnBack(Runnable action) {
        this.onBack = action;
    }

    public void focusTable() {
        table.requestFocus();
    }

    /** The state word of an adjustment as the table shows it (for tests). */
    String state(Adjustment a) {
        return text.get("adjust.state." + a.state());
    }

    public Parent view() {
        return view;
    }
}
