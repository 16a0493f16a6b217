package org.medaid.desk.approval;

import static org.medaid.desk.common.Columns.money;
import static org.medaid.desk.common.Columns.text;
import static org.medaid.desk.common.Columns.wrapped;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.FieldMarks;
import org.medaid.desk.common.Formats;
import org.medaid.desk.preview.PrintJob;
import org.medaid.workflow.CaseNumber;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.Focus;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import org.medaid.store.PersonWriter;
import org.medaid.print.IdDisplay;
import org.medaid.workflow.ApplicationBill;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.Stage;
import org.medaid.workflow.StageRecord;

/**
 * 审批: wires ApprovalView.fxml to an {@link ApprovalViewModel}. Alt+1..6 choose the queue, ↑↓ the case,
 * Alt+letter the action; a disabled action's reason stands above the buttons.
 */
public final class ApprovalView {

    @FXML private VBox root;
    @FXML private Label messageLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private HBox stageBar;
    @FXML private Label errorLabel;
    @FXML private TableView<CaseRow> caseTable;
    @FXML private TableColumn<CaseRow, String> nameColumn;
    @FXML private TableColumn<CaseRow, String> placeColumn;
    @FXML private TableColumn<CaseRow, String> sinceColumn;
    @FXML private TableColumn<CaseRow, String> dueColumn;
    @FXML private TableColumn<CaseRow, String> amountColumn;
    @FXML private Label caseTitle;
    @FXML private Label stageTag;
    @FXML private Label caseNumber;
    @FXML private GridPane factsGrid;
    @FXML private TableView<ApplicationBill> billTable;
    @FXML private VBox figuresBox;
    @FXML private TableColumn<ApplicationBill, String> billDate;
    @FXML private TableColumn<ApplicationBill, String> billHospital;
    @FXML private TableColumn<ApplicationBill, String> billTotal;
    @FXML private TableColumn<ApplicationBill, String> billRelief;
    @FXML private TableColumn<ApplicationBill, String> billSelfPay;
    @FXML private VBox historyRows;
    @FXML private Label whyLabel;
    @FXML private Button reviewButton;
    @FXML private Button publiciseButton;
    @FXML private Button approveButton;
    @FXML private Button payButton;
    @FXML private Button rejectButton;
    @FXML private Button formButton;

    private final ApprovalViewModel model;
    private final Texts text;
    private final Parent view;
    private final ToggleGroup stages = new ToggleGroup();
    private final Map<Stage, ToggleButton> stageButtons = new EnumMap<>(Stage.class);
    private Consumer<PrintJob> onPreview = j -> { };

    public ApprovalView(ApprovalViewModel model) {
        this.model = model;
        this.text = model.text();
        this.view = Fxml.load(this, text);
    }

    @FXML
    private void initialize() {
        for (Stage s : Stage.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("stage-" + s.name());
            b.setToggleGroup(stages);
            b.setUserData(s);
            b.getStyleClass().add("stage-button");
            stageButtons.put(s, b);
            stageBar.getChildren().add(b);
        }
        stages.selectToggle(stageButtons.get(model.stageProperty().get()));
        stages.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                stages.selectToggle(a);
            } else {
                model.stageProperty().set((Stage) b.getUserData());
            }
        });
        model.stageProperty().addListener((o, a, b) -> stages.selectToggle(stageButtons.get(b)));
        model.countsProperty().addListener((o, a, b) -> stageLabels());
        stageLabels();
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode().isDigitKey()) {
                int n = Integer.parseInt(e.getCode().getName().replaceAll("\\D", ""));
                if (n >= 1 && n <= Stage.values().length) {
                    model.stageProperty().set(Stage.values()[n - 1]);
                    caseTable.requestFocus();
                    e.consume();
                }
            }
        });
        caseColumns();
        billColumns();
        StatusLine.bind(model.status(), messageLabel, errorLabel, busyIndicator);
        model.detailProperty().addListener((o, a, b) -> detail(b));
        detail(null);
        bind(reviewButton, Action.REVIEW);
        bind(publiciseButton, Action.PUBLICISE);
        bind(approveButton, Action.APPROVE);
        bind(payButton, Action.PAY);
        bind(rejectButton, Action.REJECT);
        formButton.disableProperty().bind(model.detailProperty().isNull());
        whyLabel.textProperty().bind(Bindings.createStringBinding(this::why, model.detailProperty(),
                model.whyNotProperty(Action.REVIEW), model.whyNotProperty(Action.APPROVE), model.whyNotProperty(Action.REJECT)));
        FieldMarks.collapseWhenEmpty(whyLabel);
    }

    private void stageLabels() {
        for (Stage s : Stage.values()) {
            Integer n = model.countsProperty().get().get(s);
            stageButtons.get(s).setText(text.format("approval.stage", s.label(text.locale()), n == null ? "" : n,
                    s.ordinal() + 1));
        }
    }

    private void bind(Button b, Action a) {
        b.disableProperty().bind(model.enabledProperty(a).not().or(model.status().busyProperty()));
        b.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.detailProperty().get() != null
                && a.appliesTo(model.detailProperty().get().application().stage(),
                        model.detailProperty().get().noticeBeforeApproval()), model.detailProperty()));
        b.managedProperty().bind(b.visibleProperty());
    }

    /** The first reason why an action of the case's stage is disabled. */
    private String why() {
        for (Action a : Action.values()) {
            String w = model.whyNotProperty(a).get();
            if (!w.isEmpty()) {
                return w;
            }
        }
        return "";
    }

    private void caseColumns() {
        caseTable.setItems(model.cases());
        caseTable.setPlaceholder(new Label(text.get("approval.none")));
        text(nameColumn, CaseRow::name);
        wrapped(placeColumn, CaseRow::place);
        text(sinceColumn, r -> Formats.date(r.since()));
        text(dueColumn, r -> r.due() == null ? "" : Formats.date(r.due()));
        money(amountColumn, CaseRow::amount);
        // the amount is the one applied for until the approval, the approved one after (ApplicationQueries.waiting)
        amountColumn.textProperty().bind(Bindings.createStringBinding(() -> text.get(model.stageProperty().get() == Stage.APPROVED
                ? "approval.col.amount.approved" : "approval.col.amount"), model.stageProperty()));
        caseTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                caseTable.getSelectionModel().clearSelection();
            } else if (caseTable.getSelectionModel().getSelectedItem() != b) {
                caseTable.getSelectionModel().select(b);
            }
        });
        caseTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CaseRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                if (!empty && item != null && item.overdue()) {
                    getStyleClass().add("overdue");
                }
            }
        });
    }

    private void billColumns() {
        billTable.setPlaceholder(new Label(text.get("approval.bills.none")));
        text(billDate, b -> Formats.date(b.settlementDate()));
        text(billHospital, ApplicationBill::hospitalName);
        money(billTotal, ApplicationBill::total);
        money(billRelief, b -> b.basic().add(b.criticalIllness()).add(b.assistance()).add(b.reAssistance()).add(b.otherRelief()));
        money(billSelfPay, ApplicationBill::selfPay);
    }

    private void detail(CaseDetail d) {
        factsGrid.getChildren().clear();
        historyRows.getChildren().clear();
        if (d == null) {
            caseTitle.setText(text.get("approval.choose"));
            stageTag.setText("");
            stageTag.setVisible(false);
            caseNumber.setText("");
            billTable.getItems().clear();
            figuresBox.getChildren().clear();
            return;
        }
        AssistanceApplication a = d.application();
        figuresBox.getChildren().setAll(FiguresChangeView.of(d.figuresChange(), a, d.grant(), text));
        caseTitle.setText(d.person().name());
        stageTag.setVisible(true);
        stageTag.setText(a.stage().label(text.locale()));
        caseNumber.setText(text.format("approval.number", CaseNumber.of(a.id(), a.appliedOn())));
        int row = 0;
        fact(row, 0, "approval.fact.id", IdDisplay.MASKED.show(d.person().idNumber()));
        fact(row++, 2, "approval.fact.place", orEmpty(d.person().township()) + orEmpty(d.person().village()));
        fact(row, 0, "approval.fact.applied", Formats.date(a.appliedOn()) + "（" + who(d, a.enteredBy()) + "）");
        boolean late = a.visitLate() || a.visitDate() == null && a.stage() == Stage.APPLIED
                && model.work().today().isAfter(a.visitDue());
        fact(row++, 2, "approval.fact.visitDue", Formats.date(a.visitDue()) + (late ? " " + text.get("lists.overdue") : ""));
        fact(row, 0, "approval.fact.requested", MoneyText.format(a.requestedAmount()));
        fact(row++, 2, "approval.fact.selfPay", MoneyText.format(a.selfPayTotal()));
        if (d.grant() != null) {
            fact(row, 0, "approval.fact.computed", MoneyText.format(d.grant().computed()));
        } else if (a.approvedAmount() != null) {
            fact(row, 0, "approval.fact.approved", MoneyText.format(a.approvedAmount()) + (a.computedAmount() == null ? ""
                    : "（" + text.format("approval.fact.computedWas", MoneyText.format(a.computedAmount())) + "）"));
        }
        fact(row++, 2, "approval.fact.account", a.bankAccount() == null ? text.get("lists.payout.noAccount") : a.bankAccount());
        if (a.publicityStart() != null) {
            fact(row++, 0, "approval.fact.publicity", text.format("approval.fact.publicity.value",
                    Formats.date(a.publicityStart()), Formats.date(a.publicityEnd())));
        }
        fact(row++, 0, "approval.fact.grounds", String.join("；", a.grounds().stream()
                .map(g -> AssistanceApplication.groundLabel(g, text.locale())).toList()));
        if (a.grantReason() != null && d.grant() == null) {
            fact(row++, 0, "approval.fact.grantReason", a.grantReason());
        }
        if (d.returned() != null && d.figuresChange() == null) {
            // the approval the case held before it was sent back, beside the amount of its new approval (ADR 0064)
            fact(row++, 0, "approval.fact.returned", FiguresChangeView.granted(d.returned(), text));
        }
        if (a.rejectionReason() != null) {
            fact(row, 0, "approval.fact.rejection", a.rejectionReason());
        }
        if (d.grant() != null) {
            figuresBox.getChildren().add(grantLines(d.grant()));
        }
        billTable.getItems().setAll(a.bills());
        for (StageRecord r : a.history()) {
            Label l = new Label(text.format("approval.history.line", r.stage().label(text.locale()), Formats.date(r.on()),
                    who(d, r.user()), r.note() == null ? "" : "　" + r.note()));
            l.setWrapText(true);
            l.getStyleClass().add("history-line");
            historyRows.getChildren().add(l);
        }
    }

    /** A user's display name; the sample township's cases are by 样例数据, not by a login. */
    private String who(CaseDetail d, String login) {
        return PersonWriter.SAMPLE_AUTHOR.equals(login) ? text.get("author.sample") : d.name(login);
    }

    /** The calculator's amount and its lines (ADR 0056), as the approver confirms it. */
    private javafx.scene.Node grantLines(org.medaid.workflow.Grant g) {
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2);
        box.getStyleClass().add("grant-lines");
        Label head = new Label(text.format("approval.grant.title", MoneyText.format(g.computed())));
        head.setWrapText(true);
        head.getStyleClass().add("figure-label");
        box.getChildren().add(head);
        if (g.computed().signum() == 0) {
            // the bills' assistance was worked out at their settlement: approval adds nothing unless the county says why
            Label none = new Label(text.get("approval.grant.none"));
            none.setWrapText(true);
            none.getStyleClass().add("explain-line");
            box.getChildren().add(none);
        }
        for (String line : g.lines()) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add("explain-line");
            box.getChildren().add(l);
        }
        return box;
    }

    private void fact(int row, int column, String key, String value) {
        Label name = new Label(text.get(key));
        name.getStyleClass().add("figure-label");
        Label v = new Label(value);
        v.setWrapText(true);
        v.getStyleClass().add("fact-value");
        factsGrid.add(name, column, row);
        factsGrid.add(v, column + 1, row, column == 0 && key.equals("approval.fact.grounds")
                || key.equals("approval.fact.rejection") || key.equals("approval.fact.publicity")
                || key.equals("approval.fact.grantReason") || key.equals("approval.fact.returned") ? 3 : 1, 1);
    }

    private void act(Action a) {
        if (!model.enabledProperty(a).get()) {
            return;
        }
        CaseDetail d = model.detailProperty().get();
        StepViewModel f = model.form(a);
        String title = text.get("approval.action.title." + a.name());
        if (StepView.ask(view.getScene().getWindow(), f, text, title, text.format("approval.step.header", d.person().name(),
                CaseNumber.of(d.application().id(), d.application().appliedOn())))) {
            model.act(f);
        }
        caseTable.requestFocus();
    }

    @FXML
    private void review() {
        act(Action.REVIEW);
    }

    @FXML
    private void publicise() {
        act(Action.PUBLICISE);
    }

    @FXML
    private void approve() {
        act(Action.APPROVE);
    }

    @FXML
    private void pay() {
        act(Action.PAY);
    }

    @FXML
    private void reject() {
        act(Action.REJECT);
    }

    @FXML
    private void printForm() {
        CaseDetail d = model.detailProperty().get();
        if (d != null) {
            onPreview.accept(model.formJob());
        }
    }

    public void setOnPreview(Consumer<PrintJob> action) {
        this.onPreview = action;
    }

    public void focusCases() {
        Focus.soon(caseTable);
        if (caseTable.getSelectionModel().isEmpty() && !caseTable.getItems().isEmpty()) {
            caseTable.getSelectionModel().selectFirst();
        }
    }

    public Parent view() {
        return view;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
