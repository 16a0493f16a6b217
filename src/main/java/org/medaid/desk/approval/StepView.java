package org.medaid.desk.approval;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.medaid.desk.common.Dialogs;
import org.medaid.desk.common.FieldMarks;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;

/**
 * The small form of one step on a case (wires StepView.fxml to a {@link StepViewModel}): only the fields the
 * step needs, what it computes shown above them, OK (Enter) enabled only while the step is consistent.
 */
public final class StepView {

    @FXML private Label infoLabel;
    @FXML private Label dateLabel;
    @FXML private TextField dateField;
    @FXML private Label visitorsLabel;
    @FXML private TextField visitorsField;
    @FXML private Label amountLabel;
    @FXML private TextField amountField;
    @FXML private Label accountLabel;
    @FXML private TextField accountField;
    @FXML private Label reasonLabel;
    @FXML private TextArea reasonField;
    @FXML private Label noteLabel;
    @FXML private TextField noteField;
    @FXML private Label problemLabel;

    private final StepViewModel form;
    private final Texts text;
    private final Parent view;

    public StepView(StepViewModel form, Texts text) {
        this.form = form;
        this.text = text;
        this.view = Fxml.load(this, text);
    }

    @FXML
    private void initialize() {
        Action a = form.action();
        dateLabel.setText(text.get("step.date." + a.name()));
        dateField.textProperty().bindBidirectional(form.date);
        visitorsField.textProperty().bindBidirectional(form.visitors);
        amountField.textProperty().bindBidirectional(form.amount);
        accountField.textProperty().bindBidirectional(form.account);
        reasonField.textProperty().bindBidirectional(form.reason);
        noteField.textProperty().bindBidirectional(form.note);
        // only the rows this step needs, one after the other (a hidden grid row would still leave its gap)
        javafx.scene.layout.GridPane grid = (javafx.scene.layout.GridPane) dateField.getParent();
        grid.getChildren().clear();
        int row = 0;
        row = add(grid, row, true, dateLabel, dateField);
        row = add(grid, row, a == Action.REVIEW, visitorsLabel, visitorsField);
        row = add(grid, row, a == Action.APPROVE, amountLabel, amountField);
        row = add(grid, row, a == Action.PAY, accountLabel, accountField);
        row = add(grid, row, a == Action.REJECT || a == Action.APPROVE, reasonLabel, reasonField);
        if (a == Action.APPROVE) {
            // another amount than the calculator's needs the approver's reason (ADR 0056)
            reasonLabel.setText(text.get("step.reason.APPROVE"));
            reasonField.setPromptText(text.get("step.reason.APPROVE.prompt"));
            reasonField.setPrefRowCount(2);
        }
        add(grid, row, a != Action.REJECT, noteLabel, noteField);
        infoLabel.textProperty().bind(form.infoBinding());
        problemLabel.textProperty().bind(Bindings.createStringBinding(() -> form.problemBinding().get() == null ? ""
                : form.problemBinding().get(), form.problemBinding()));
        FieldMarks.collapseWhenEmpty(problemLabel);
        amountField.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                amountField.setText(MoneyText.tidy(amountField.getText()));
            }
        });
        // In the reason box Tab moves on and Enter confirms, as in every other field; Shift+Enter starts a new line.
        reasonField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                reasonField.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), e.getText(),
                        e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            } else if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                view.getScene().getRoot().lookupAll(".button").stream()
                        .filter(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton() && !b.isDisabled())
                        .findFirst().ifPresent(n -> ((javafx.scene.control.Button) n).fire());
            }
        });
    }

    private static int add(javafx.scene.layout.GridPane grid, int row, boolean wanted, Label label, Node field) {
        if (!wanted) {
            return row;
        }
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        return row + 1;
    }

    /** Shows the step's form over {@code owner}; true when the clerk confirmed it. */
    public static boolean ask(Window owner, StepViewModel form, Texts text, String title, String header) {
        StepView v = new StepView(form, text);
        Node first = form.action() == Action.REJECT ? v.reasonField : form.action() == Action.APPROVE ? v.amountField
                : form.action() == Action.PAY ? v.accountField : v.dateField;
        return Dialogs.form(owner, text, title, header, v.view, form.validBinding(), first);
    }
}
