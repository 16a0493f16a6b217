package org.medaid.desk.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.medaid.calc.Line;
import org.medaid.calc.PremiumResult;
import org.medaid.calc.Tier;
import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.Dialogs;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.ChangeText;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.Focus;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import org.medaid.ledger.YearLedgerView;
import org.medaid.print.IdDisplay;

/**
 * The year ledger (年度台账): wires LedgerView.fxml to a {@link LedgerViewModel}. Voided bills are struck
 * through; amounts the last change moved are marked, with the change listed above the table.
 */
public final class LedgerView {

    @FXML private Label titleLabel;
    @FXML private Label personLine;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private Button newButton;
    @FXML private Button correctButton;
    @FXML private Button voidButton;
    @FXML private Button printButton;
    @FXML private Button applyButton;
    @FXML private Label messageLabel;
    @FXML private VBox changeBox;
    @FXML private VBox changeRows;
    @FXML private Label errorLabel;
    @FXML private TableView<LedgerItem> table;
    @FXML private TableColumn<LedgerItem, String> numberColumn;
    @FXML private TableColumn<LedgerItem, String> dateColumn;
    @FXML private TableColumn<LedgerItem, String> hospitalColumn;
    @FXML private TableColumn<LedgerItem, String> kindColumn;
    @FXML private TableColumn<LedgerItem, LedgerItem> totalColumn;
    @FXML private TableColumn<LedgerItem, LedgerItem> basicColumn;
    @FXML private TableColumn<LedgerItem, LedgerItem> criticalColumn;
    @FXML private TableColumn<LedgerItem, LedgerItem> assistanceColumn;
    @FXML private TableColumn<LedgerItem, LedgerItem> reAssistanceColumn;
    @FXML private TableColumn<LedgerItem, LedgerItem> otherColumn;
    @FXML private TableColumn<LedgerItem, LedgerItem> selfPayColumn;
    @FXML private TableColumn<LedgerItem, LedgerItem> runningBasicColumn;
    @FXML private TableColumn<LedgerItem, LedgerItem> runningCriticalColumn;
    @FXML private TableColumn<LedgerItem, LedgerItem> runningAssistanceColumn;
    @FXML private TableColumn<LedgerItem, String> stateColumn;
    @FXML private TableColumn<LedgerItem, String> settlementColumn;
    @FXML private Button markButton;
    @FXML private Button adjustmentsButton;
    @FXML private FlowPane totalsRow;
    @FXML private TableView<TrackItem> trackTable;
    @FXML private TableColumn<TrackItem, String> trackNameColumn;
    @FXML private TableColumn<TrackItem, String> trackGroupColumn;
    @FXML private TableColumn<TrackItem, String> trackDeductibleColumn;
    @FXML private TableColumn<TrackItem, String> trackDeductibleLeftColumn;
    @FXML private TableColumn<TrackItem, String> trackCapColumn;
    @FXML private TableColumn<TrackItem, String> trackPaidColumn;
    @FXML private TableColumn<TrackItem, String> trackCapLeftColumn;
    @FXML private ListView<String> linesList;
    @FXML private Label premiumTitle;
    @FXML private Label contributionValue;
    @FXML private Label subsidyValue;
    @FXML private Label fundValue;
    @FXML private Label countyValue;
    @FXML private Label personPaysValue;
    @FXML private Label premiumNote;


    private final LedgerViewModel model;
    private final Texts text;
    private final Parent view;
    private Runnable onBack = () -> { };
    private Runnable onNew = () -> { };
    private Consumer<LedgerItem> onCorrect = i -> { };
    private Consumer<LedgerItem> onPrint = i -> { };
    private Runnable onAdjustments = () -> { };
    private Consumer<LedgerItem> onApply = i -> { };

    public LedgerView(LedgerViewModel model, List<Integer> years) {
        this.model = model;
        this.text = model.text();
        this.view = Fxml.load(this, text);
        yearBox.getItems().setAll(years);
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(Bindings.createStringBinding(() -> model.personProperty().get() == null ? ""
                : text.format("ledger.title", model.personProperty().get().name()), model.personProperty()));
        personLine.textProperty().bind(Bindings.createStringBinding(() -> model.personProperty().get() == null ? ""
                : text.format("ledger.person", IdDisplay.MASKED.show(model.personProperty().get().idNumber()),
                        orEmpty(model.personProperty().get().township()) + orEmpty(model.personProperty().get().village())),
                model.personProperty()));
        yearBox.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.yearProperty().set(b);
            }
        });
        model.yearProperty().addListener((o, a, b) -> yearBox.setValue(b.intValue()));
        LedgerColumnsView columns = new LedgerColumnsView(text);
        columns.bills(numberColumn, dateColumn, hospitalColumn, kindColumn, stateColumn);
        settlementColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(
                model.settlements() == null ? "" : model.settlements().text(c.getValue().billId())));
        columns.amounts(totalColumn, basicColumn, criticalColumn, assistanceColumn, reAssistanceColumn, otherColumn,
                selfPayColumn, runningBasicColumn, runningCriticalColumn, runningAssistanceColumn);
        columns.tracks(trackNameColumn, trackGroupColumn, trackDeductibleColumn, trackDeductibleLeftColumn, trackCapColumn,
                trackPaidColumn, trackCapLeftColumn);
        table.setItems(model.items());
        table.setPlaceholder(new Label(text.get("ledger.empty")));
        table.setRowFactory(t -> columns.row());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
                table.scrollTo(b);
            }
            showLines(b);
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.canChangeBinding().get()) {
                e.consume();
                correct();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && model.canChangeBinding().get()) {
                correct();
            }
        });
        trackTable.setItems(model.tracks());
        trackTable.setPlaceholder(new Label(text.get("ledger.tracks.none")));
        linesList.setPlaceholder(new Label(text.get("ledger.lines.none")));
        correctButton.disableProperty().bind(model.canChangeBinding().not());
        voidButton.disableProperty().bind(model.canChangeBinding().not());
        printButton.disableProperty().bind(model.canPrintBinding().not());
        applyButton.disableProperty().bind(model.canPrintBinding().not());
        markButton.disableProperty().bind(model.canPrintBinding().not());
        StatusLine.bind(model.status(), messageLabel, errorLabel, null);
        model.changes().addListener((ListChangeListener<String>) c -> changeRows());
        changeRows();
        model.viewProperty().addListener((o, a, b) -> {
            totals(b);
            premium(b);
        });
        premium(null);
        // 医院减免/政府兜底 exist only under the 2019 policy: the column shows when the year has some
        otherColumn.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.items().stream()
                .anyMatch(i -> i.other() != null && i.other().signum() != 0), model.items()));
    }





    private void changeRows() {
        changeRows.getChildren().clear();
        for (String s : model.changes()) {
            Label l = new Label("• " + s);
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinHeight(Region.USE_PREF_SIZE);
            changeRows.getChildren().add(l);
        }
        boolean any = !model.changes().isEmpty();
        changeBox.setVisible(any);
        changeBox.setManaged(any);
    }

    private void totals(YearLedgerView v) {
        totalsRow.getChildren().clear();
        if (v == null) {
            return;
        }
        totalsRow.getChildren().add(chip(text.format("ledger.totals", Integer.toString(v.year())), null, "totals-title"));
        totalsRow.getChildren().add(chip(text.get("ledger.col.total"), v.totalCost(), null));
        for (Tier t : Tier.values()) {
            if (t.ordinal() <= Tier.assistance.ordinal() || v.totals().get(t).signum() != 0) {
                totalsRow.getChildren().add(chip(text.label(t), v.totals().get(t), null));
            }
        }
        totalsRow.getChildren().add(chip(text.get("ledger.col.selfPay"), v.selfPay(), "totals-self"));
    }

    private static HBox chip(String name, BigDecimal amount, String style) {
        // a figure is never cut short: the row wraps to a second line where the year's figures are wide
        Label n = new Label(name);
        n.getStyleClass().add("figure-label");
        n.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, n);
        if (amount != null) {
            Label a = new Label(MoneyText.format(amount));
            a.getStyleClass().add("totals-amount");
            a.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(a);
        }
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setAlignment(Pos.BASELINE_LEFT);
        box.getStyleClass().add("totals-chip");
        if (style != null) {
            box.getStyleClass().add(style);
        }
        return box;
    }

    private void premium(YearLedgerView v) {
        premiumTitle.setText(v == null ? text.get("ledger.premium") : text.format("ledger.premium.year", Integer.toString(v.year())));
        PremiumResult p = v == null ? null : v.premium();
        contributionValue.setText(p == null ? "—" : MoneyText.format(p.contribution()));
        subsidyValue.setText(p == null ? "—" : MoneyText.format(p.subsidy()));
        fundValue.setText(p == null ? "—" : MoneyText.format(p.assistanceFund()));
        countyValue.setText(p == null ? "—" : MoneyText.format(p.countyBudget()));
        personPaysValue.setText(p == null ? "—" : MoneyText.format(p.personPays()));
        String note = v == null ? "" : p == null ? text.format("ledger.premium.none", orEmpty(v.premiumProblem()))
                : p.lines().stream().map(Line::text).reduce((a, b) -> a + "\n" + b).orElse("");
        premiumNote.setText(note);
        premiumNote.setTooltip(note.isEmpty() ? null : new Tooltip(note));
    }

    private void showLines(LedgerItem item) {
        if (item == null) {
            linesList.getItems().clear();
            return;
        }
        if (!item.computed()) {
            linesList.getItems().setAll(item.voided()
                    ? text.format("ledger.lines.voided", orEmpty(item.bill().voidReason()), orEmpty(item.bill().voidedBy()))
                    : text.format("ledger.lines.notComputed", orEmpty(item.row().problem())));
            return;
        }
        linesList.getItems().setAll(item.row().result().lines().stream().map(Line::text).toList());
        if (item.change() != null) {
            linesList.getItems().add(0, text.format("ledger.lines.changed", ChangeText.tiers(item.change(), text)));
        }
    }

    @FXML
    private void back() {
        onBack.run();
    }

    @FXML
    private void newBill() {
        onNew.run();
    }

    @FXML
    private void correct() {
        LedgerItem i = model.selectedProperty().get();
        if (i != null && !i.voided()) {
            onCorrect.accept(i);
        }
    }

    @FXML
    private void voidBill() {
        LedgerItem item = model.selectedProperty().get();
        if (item == null || item.voided()) {
            return;
        }
        model.previewVoid(lines -> {
            String header = text.format("ledger.void.header", item.number(), Formats.date(item.bill().settlementDate()),
                    orEmpty(item.bill().bill().hospitalName()), MoneyText.format(item.bill().bill().total()));
            if (!lines.isEmpty()) {
                header += "\n" + text.get("ledger.void.effect") + "\n" + String.join("\n", lines);
            }
            Optional<String> reason = Dialogs.reason(view.getScene().getWindow(), text, text.get("ledger.void.title"), header);
            reason.ifPresent(model::voidSelected);
            Platform.runLater(table::requestFocus);
        });
    }

    @FXML
    private void print() {
        LedgerItem i = model.selectedProperty().get();
        if (i != null && i.computed()) {
            onPrint.accept(i);
        }
    }

    @FXML
    private void apply() {
        LedgerItem i = model.selectedProperty().get();
        if (i != null && i.computed()) {
            onApply.accept(i);
        }
    }

    public void setOnBack(Runnable action) {
        this.onBack = action;
    }

    public void setOnNew(Runnable action) {
        this.onNew = action;
    }

    public void setOnCorrect(Consumer<LedgerItem> action) {
        this.onCorrect = action;
    }

    @FXML
    private void markSettled() {
        model.markSettled();
    }

    @FXML
    private void adjustments() {
        onAdjustments.run();
    }

    /** 结算调整: the queue of adjustments the clerk confirms. */
    public void setOnAdjustments(Runnable action) {
        this.onAdjustments = action;
    }

    public void setOnPrint(Consumer<LedgerItem> action) {
        this.onPrint = action;
    }

    public void setOnApply(Consumer<LedgerItem> action) {
        this.onApply = action;
    }

    public void focusTable() {
        Focus.soon(table);
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectLast();
        }
    }

    public Parent view() {
        return view;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

}
