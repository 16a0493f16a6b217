package org.medaid.desk.reports;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.medaid.desk.common.Columns;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Fxml;
import org.medaid.workflow.RecoveryAccount;
import org.medaid.workflow.RecoveryReturn;

/** 追回登记, under 公示异议: the chosen case's recoveries, the money returned against one, its voids and its closing. */
public final class RecoveryReturnsView {

    @FXML private TableView<RecoveryAccount> recoveryTable;
    @FXML private TableColumn<RecoveryAccount, String> recordedOnColumn;
    @FXML private TableColumn<RecoveryAccount, String> dueColumn;
    @FXML private TableColumn<RecoveryAccount, String> amountReasonColumn;
    @FXML private TableColumn<RecoveryAccount, String> returnedColumn;
    @FXML private TableColumn<RecoveryAccount, String> outstandingColumn;
    @FXML private TableColumn<RecoveryAccount, String> stateColumn;
    @FXML private TableView<RecoveryReturn> returnTable;
    @FXML private TableColumn<RecoveryReturn, String> returnedOnColumn;
    @FXML private TableColumn<RecoveryReturn, String> amountColumn;
    @FXML private TableColumn<RecoveryReturn, String> voucherColumn;
    @FXML private TableColumn<RecoveryReturn, String> recordedByColumn;
    @FXML private TableColumn<RecoveryReturn, String> voidColumn;
    @FXML private TextField returnedOnField;
    @FXML private TextField amountField;
    @FXML private TextField voucherField;
    @FXML private TextField reasonField;
    @FXML private Button recordReturnButton;
    @FXML private Button voidReturnButton;
    @FXML private Button closeButton;

    private final RecoveryReturnsViewModel model;
    private final Parent view;

    public RecoveryReturnsView(RecoveryReturnsViewModel model) {
        this.model = model;
        this.view = Fxml.load(this, model.text());
    }

    @FXML
    private void initialize() {
        recoveryTable.setItems(model.accounts());
        Columns.text(recordedOnColumn, a -> Formats.date(a.recovery().recordedOn()));
        Columns.money(dueColumn, a -> a.recovery().amountDue());
        // the reason recorded when the amount differs from the amount paid (V80, ADR 0077); blank where none was needed
        Columns.wrapped(amountReasonColumn, a -> a.recovery().amountReason() == null ? "" : a.recovery().amountReason());
        Columns.money(returnedColumn, RecoveryAccount::returned);
        Columns.money(outstandingColumn, RecoveryAccount::outstanding);
        Columns.wrapped(stateColumn, model::state); // 已全额追回（date） or the closing reason: read whole
        recoveryTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedAccountProperty().set(b);
            }
        });
        model.selectedAccountProperty().addListener((o, a, b) -> {
            if (b != null && recoveryTable.getSelectionModel().getSelectedItem() != b) {
                recoveryTable.getSelectionModel().select(b);
            }
        });
        returnTable.setItems(model.returns());
        Columns.text(returnedOnColumn, r -> Formats.date(r.returnedOn()));
        Columns.money(amountColumn, RecoveryReturn::amount);
        Columns.text(voucherColumn, RecoveryReturn::voucher);
        Columns.text(recordedByColumn, RecoveryReturn::recordedBy);
        Columns.text(voidColumn, model::voidText);
        model.selectedReturnProperty().bind(returnTable.getSelectionModel().selectedItemProperty());
        returnedOnField.textProperty().bindBidirectional(model.returnedOn);
        amountField.textProperty().bindBidirectional(model.amount);
        voucherField.textProperty().bindBidirectional(model.voucher);
        reasonField.textProperty().bindBidirectional(model.reason);
        // a closed review takes no more returns and cannot be closed again
        javafx.beans.binding.BooleanBinding closed = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.selectedAccountProperty().get() == null || model.selectedAccountProperty().get().closed(),
                model.selectedAccountProperty());
        recordReturnButton.disableProperty().bind(closed);
        closeButton.disableProperty().bind(closed);
        voidReturnButton.disableProperty().bind(model.selectedReturnProperty().isNull());
    }

    @FXML
    private void recordReturn() {
        model.recordReturn();
    }

    @FXML
    private void voidReturn() {
        model.voidReturn();
    }

    @FXML
    private void close() {
        model.close();
    }

    public Parent view() {
        return view;
    }
}
