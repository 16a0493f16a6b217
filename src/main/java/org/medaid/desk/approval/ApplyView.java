package org.medaid.desk.approval;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.FieldMarks;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Styles;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import org.medaid.workflow.AssistanceApplication;

/**
 * 申请救助 (wires ApplyView.fxml to an {@link ApplyViewModel}) in a dialog: Space ticks a bill, Enter
 * makes the application; the dialog stays open with the workflow's reason when it is refused.
 */
public final class ApplyView {

    @FXML private ListView<ApplyViewModel.BillChoice> billList;
    @FXML private TextField dateField;
    @FXML private TextField amountField;
    @FXML private TextField incomeField;
    @FXML private TextField accountField;
    @FXML private TextField noteField;
    @FXML private Label selfPayLabel;
    @FXML private Label problemLabel;
    @FXML private Label errorLabel;

    private final ApplyViewModel model;
    private final Texts text;
    private final Parent view;

    public ApplyView(ApplyViewModel model) {
        this.model = model;
        this.text = model.text();
        this.view = Fxml.load(this, text);
    }

    @FXML
    private void initialize() {
        billList.setItems(model.bills());
        billList.setCellFactory(l -> new ChoiceCell(text));
        billList.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && billList.getSelectionModel().getSelectedItem() != null) {
                var c = billList.getSelectionModel().getSelectedItem().chosenProperty();
                c.set(!c.get());
                e.consume();
            }
        });
        dateField.textProperty().bindBidirectional(model.date);
        amountField.textProperty().bindBidirectional(model.amount);
        incomeField.textProperty().bindBidirectional(model.income);
        accountField.textProperty().bindBidirectional(model.account);
        noteField.textProperty().bindBidirectional(model.note);
        selfPayLabel.textProperty().bind(Bindings.createStringBinding(() -> text.format("apply.selfPay",
                model.selfPayBinding().get()), model.selfPayBinding()));
        problemLabel.textProperty().bind(Bindings.createStringBinding(() -> model.problemBinding().get() == null ? ""
                : model.problemBinding().get(), model.problemBinding()));
        FieldMarks.collapseWhenEmpty(problemLabel);
        StatusLine.bind(model.status(), errorLabel, null);
    }

    /** Shows the dialog; it closes once the application is made (then {@code onApplied} has run). */
    public static void show(Window owner, ApplyViewModel model) {
        ApplyView v = new ApplyView(model);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(model.text().get("apply.title"));
        d.setHeaderText(model.text().format("apply.header", model.person().name()));
        ButtonType ok = new ButtonType(model.text().get("apply.submit"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(model.text().get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().setContent(v.view);
        Styles.apply(d.getDialogPane());
        Styles.sheet(d.getDialogPane());
        var okButton = d.getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(model.canApplyBinding().not());
        // the workflow may refuse (a bill already applied for): keep the dialog open with its reason
        okButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            model.apply();
        });
        java.util.function.Consumer<AssistanceApplication> previous = model.onApplied();
        model.setOnApplied(a -> {
            previous.accept(a);
            d.setResult(ok);
            d.close();
        });
        // a refusal may be long (the 未参保 one cites its clause, ADR 0092): the dialog grows to show it whole
        v.errorLabel.textProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            Window w = d.getDialogPane().getScene() == null ? null : d.getDialogPane().getScene().getWindow();
            if (w != null) {
                w.sizeToScene();
            }
        }));
        javafx.application.Platform.runLater(v.dateField::requestFocus);
        d.showAndWait();
        if (d.getResult() != ok) {
            model.cancelled();
        }
    }

    /** A bill with a tick box: its date, hospital and what it leaves the person. */
    private static final class ChoiceCell extends ListCell<ApplyViewModel.BillChoice> {
        private final Texts text;
        private final CheckBox box = new CheckBox();
        private ApplyViewModel.BillChoice bound;

        ChoiceCell(Texts text) {
            this.text = text;
            box.setFocusTraversable(false);
        }

        @Override
        protected void updateItem(ApplyViewModel.BillChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.chosenProperty());
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            var b = item.row().bill();
            box.setText(text.format("apply.bill", Formats.date(b.settlementDate()),
                    b.bill().hospitalName() == null ? "" : b.bill().hospitalName(),
                    MoneyText.format(b.bill().total()), MoneyText.format(item.row().result().selfPay())));
            box.selectedProperty().bindBidirectional(item.chosenProperty());
            bound = item;
            setGraphic(box);
        }
    }
}
