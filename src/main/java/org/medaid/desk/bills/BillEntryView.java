package org.medaid.desk.bills;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.FieldMarks;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.TypeAhead;
import org.medaid.desk.common.Widgets;
import org.medaid.desk.common.FieldMarks;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.Focus;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import org.medaid.model.BillKind;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Location;
import org.medaid.print.IdDisplay;

/**
 * The bill form (费用录入): wires BillEntryView.fxml to a {@link BillEntryViewModel}. Fields in the order of
 * the settlement record; Alt+letter jumps to a field, Enter saves (as soon as the bill is computed), Esc
 * goes back to the ledger without saving.
 */
public final class BillEntryView {

    @FXML private VBox root;
    @FXML private Label titleLabel;
    @FXML private Label modeTag;
    @FXML private Label personLine;
    @FXML private TextField hospitalField;
    @FXML private Label hospitalMessage;
    @FXML private ComboBox<HospitalLevel> levelBox;
    @FXML private ComboBox<Location> locationBox;
    @FXML private CheckBox referredBox;
    @FXML private ComboBox<BillKind> kindBox;
    @FXML private Label kindMessage;
    @FXML private TextField specialField;
    @FXML private Label specialMessage;
    @FXML private Label admittedLabel;
    @FXML private TextField admittedField;
    @FXML private Label admittedMessage;
    @FXML private TextField dischargedField;
    @FXML private Label dischargedMessage;
    @FXML private Label daysLabel;
    @FXML private TextField diagnosisField;
    @FXML private Label diagnosisMessage;
    @FXML private CheckBox approvedBox;
    @FXML private TextField totalField;
    @FXML private Label totalMessage;
    @FXML private TextField compliantField;
    @FXML private TextField outOfCatalogField;
    @FXML private Label outOfCatalogMessage;
    @FXML private TextField overLimitField;
    @FXML private Label overLimitMessage;
    @FXML private TextField classBField;
    @FXML private Label classBMessage;
    @FXML private TextField basicField;
    @FXML private Label basicMessage;
    @FXML private TextField criticalField;
    @FXML private Label criticalMessage;
    @FXML private TextField tiltField;
    @FXML private Label tiltMessage;
    @FXML private Label basicFieldLabel;
    @FXML private Label criticalFieldLabel;
    @FXML private VBox catalogApprovedRow;
    @FXML private CheckBox catalogApprovedBox;
    @FXML private Label catalogApprovedMessage;
    @FXML private TextField settledAssistanceField;
    @FXML private Label settledAssistanceMessage;
    @FXML private TextField settledReAssistanceField;
    @FXML private Label settledReAssistanceMessage;
    @FXML private Label supplementaryFieldLabel;
    @FXML private VBox supplementaryBox;
    @FXML private TextField supplementaryField;
    @FXML private Label supplementaryMessage;
    @FXML private Label supplementaryNote;
    @FXML private Label referredFromBoxLabel;
    @FXML private VBox referredFromFieldBox;
    @FXML private ComboBox<EarlierStay> referredFromBox;
    @FXML private Label referredFromMessage;
    @FXML private ProgressIndicator computingIndicator;
    @FXML private Label resultStatus;
    @FXML private VBox tierRows;
    @FXML private Label reliefValue;
    @FXML private Label selfPayValue;
    @FXML private VBox noteRows;
    @FXML private ListView<ExplainLine> linesList;
    @FXML private VBox problemBox;
    @FXML private ProgressIndicator savingIndicator;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;

    private final BillEntryViewModel model;
    private final Texts text;
    private final Parent view;
    private Runnable onClose = () -> { };

    public BillEntryView(BillEntryViewModel model) {
        this.model = model;
        this.text = model.text();
        this.view = Fxml.load(this, text);
    }

    @FXML
    private void initialize() {
        BillFormViewModel f = model.form();
        hospitalField.textProperty().bindBidirectional(f.hospitalName);
        specialField.textProperty().bindBidirectional(f.specialDisease);
        diagnosisField.textProperty().bindBidirectional(f.diagnosis);
        admittedField.textProperty().bindBidirectional(f.admitted);
        dischargedField.textProperty().bindBidirectional(f.discharged);
        referredBox.selectedProperty().bindBidirectional(f.referred);
        approvedBox.selectedProperty().bindBidirectional(f.applicationApproved);
        choices(levelBox, HospitalLevel.values(), f.hospitalLevel);
        choices(locationBox, Location.values(), f.location);
        choices(kindBox, BillKind.values(), f.kind);
        money(totalField, BillFormViewModel.TOTAL, totalMessage);
        money(outOfCatalogField, BillFormViewModel.OUT_OF_CATALOG, outOfCatalogMessage);
        money(overLimitField, BillFormViewModel.OVER_LIMIT, overLimitMessage);
        money(classBField, BillFormViewModel.CLASS_B, classBMessage);
        money(basicField, BillFormViewModel.BASIC, basicMessage);
        money(criticalField, BillFormViewModel.CRITICAL, criticalMessage);
        money(tiltField, BillFormViewModel.TILT, tiltMessage);
        FieldMarks.bind(hospitalField, model.fieldError(BillFormViewModel.HOSPITAL), hospitalMessage);
        FieldMarks.bind(specialField, model.fieldError(BillFormViewModel.SPECIAL), specialMessage);
        FieldMarks.bind(diagnosisField, model.fieldError(BillFormViewModel.DIAGNOSIS), diagnosisMessage);
        FieldMarks.bind(admittedField, model.fieldError(BillFormViewModel.ADMITTED), admittedMessage);
        FieldMarks.bind(dischargedField, model.fieldError(BillFormViewModel.DISCHARGED), dischargedMessage);
        FieldMarks.mark(kindBox, model.fieldError(BillFormViewModel.KIND));
        kindMessage.textProperty().bind(Bindings.createStringBinding(() -> orEmpty(model.fieldError(BillFormViewModel.KIND).get()),
                model.fieldError(BillFormViewModel.KIND)));
        FieldMarks.collapseWhenEmpty(kindMessage);
        date(admittedField);
        date(dischargedField);
        // An outpatient bill has one date, the visit: typed into the first date field.
        admittedLabel.textProperty().bind(Bindings.createStringBinding(() -> f.kind.get() == null
                || f.kind.get() == BillKind.INPATIENT ? text.get("bill.admitted") : text.get("bill.visited"), f.kind));
        daysLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            long days = f.stayDays();
            return days < 0 ? "" : text.format("bill.days", days);
        }, f.admitted, f.discharged));
        compliantField.textProperty().bind(model.compliantText());
        secondAudit(f);
        wireResult();
        saveButton.disableProperty().bind(model.canSaveBinding().not());
        savingIndicator.visibleProperty().bind(model.status().busyProperty());
        titleLabel.textProperty().bind(Bindings.createStringBinding(() -> model.personProperty().get() == null ? ""
                : text.format(model.editingProperty().get() == null ? "bill.title.new" : "bill.title.correct",
                        model.personProperty().get().name()), model.personProperty(), model.editingProperty()));
        modeTag.textProperty().bind(Bindings.createStringBinding(() -> text.get(model.editingProperty().get() == null
                ? "bill.tag.new" : "bill.tag.correct"), model.editingProperty()));
        modeTag.getStyleClass().add("tag-pending");
        personLine.textProperty().bind(Bindings.createStringBinding(() -> model.personProperty().get() == null ? ""
                : text.format("bill.person", IdDisplay.MASKED.show(model.personProperty().get().idNumber()),
                        orEmpty(model.personProperty().get().village())), model.personProperty()));
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                model.saveWhenReady();
            }
        });
    }

    /**
     * The inputs of POLICY-NOTES §7 and §8 (V23): the assistance the hospital settled one-stop (every policy), a
     * supplementary insurance where the policy deducts one, the stay a referred stay continues where its deductible
     * continues, and the special-case approval of 广西 三(五) where that rule applies to the kind. A row shows where
     * its rule applies; an employee's settled basic and critical illness are marked required (§7.2).
     */
    private void secondAudit(BillFormViewModel f) {
        money(settledAssistanceField, BillFormViewModel.SETTLED_ASSISTANCE, settledAssistanceMessage);
        money(settledReAssistanceField, BillFormViewModel.SETTLED_RE_ASSISTANCE, settledReAssistanceMessage);
        money(supplementaryField, BillFormViewModel.SUPPLEMENTARY, supplementaryMessage);
        catalogApprovedBox.selectedProperty().bindBidirectional(f.outOfCatalogApproved);
        catalogApprovedMessage.textProperty().bind(Bindings.createStringBinding(
                () -> orEmpty(model.fieldError(BillFormViewModel.CATALOG_APPROVED).get()),
                model.fieldError(BillFormViewModel.CATALOG_APPROVED)));
        FieldMarks.collapseWhenEmpty(catalogApprovedMessage);
        shownWhen(model.catalogueAppliesBinding(), catalogApprovedRow);
        shownWhen(model.supplementaryAppliesBinding(), supplementaryFieldLabel, supplementaryBox, supplementaryNote);
        supplementaryNote.textProperty().bind(model.supplementaryNameBinding());
        shownWhen(model.referralAppliesBinding(), referredFromBoxLabel, referredFromFieldBox);
        referredFromBox.setItems(model.earlierStays());
        referredFromBox.setPlaceholder(new Label(text.get("bill.referredFrom.none")));
        referredFromBox.valueProperty().addListener((o, a, b) -> f.referredFrom.set(b == null ? null : b.billId()));
        Runnable pick = () -> {
            Long want = f.referredFrom.get();
            EarlierStay match = want == null ? null
                    : model.earlierStays().stream().filter(x -> x.billId() == want).findFirst().orElse(null);
            if (referredFromBox.getValue() != match && (match != null || want == null)) {
                referredFromBox.setValue(match);
            }
        };
        f.referredFrom.addListener((o, a, b) -> pick.run());
        model.earlierStays().addListener((javafx.collections.ListChangeListener<EarlierStay>) c -> pick.run());
        FieldMarks.mark(referredFromBox, model.fieldError(BillFormViewModel.REFERRED_FROM));
        referredFromMessage.textProperty().bind(Bindings.createStringBinding(
                () -> orEmpty(model.fieldError(BillFormViewModel.REFERRED_FROM).get()),
                model.fieldError(BillFormViewModel.REFERRED_FROM)));
        FieldMarks.collapseWhenEmpty(referredFromMessage);
        model.employeeBinding().addListener((o, a, b) -> required(b));
        required(model.employeeBinding().get());
    }

    private static void shownWhen(javafx.beans.value.ObservableBooleanValue shown, javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            n.visibleProperty().bind(shown);
            n.managedProperty().bind(shown);
        }
    }

    /** An employee's bill needs the settled basic and critical illness (the validator's sentence says why). */
    private void required(boolean employee) {
        for (Label l : new Label[] {basicFieldLabel, criticalFieldLabel}) {
            l.getStyleClass().remove("required");
            if (employee) {
                l.getStyleClass().add("required");
            }
        }
    }

    private void wireResult() {
        BillPreviewViewModel p = model.panel();
        computingIndicator.visibleProperty().bind(model.computingProperty());
        resultStatus.textProperty().bind(model.statusText());
        p.tiers().addListener((javafx.collections.ListChangeListener<TierAmount>) c -> tierRows());
        tierRows();
        reliefValue.textProperty().bind(p.reliefProperty());
        selfPayValue.textProperty().bind(p.selfPayProperty());
        p.notes().addListener((javafx.collections.ListChangeListener<Note>) c -> noteRows());
        linesList.setItems(p.lines());
        linesList.setCellFactory(l -> new LineCell());
        linesList.setPlaceholder(new Label(text.get("bill.lines.none")));
        model.problems().addListener((javafx.collections.ListChangeListener<String>) c -> problemRows());
        model.status().messageProperty().addListener((o, a, b) -> problemRows());
        problemRows();
    }

    private void tierRows() {
        tierRows.getChildren().clear();
        for (TierAmount t : model.panel().tiers()) {
            Label name = new Label(t.name());
            name.getStyleClass().add("tier-name");
            Label amount = new Label(MoneyText.format(t.amount()));
            amount.getStyleClass().addAll("figure", "tier-amount");
            amount.setId("tier-" + t.tier().name());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(8, name, gap, amount);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("tier-row");
            tierRows.getChildren().add(row);
        }
    }

    private void noteRows() {
        noteRows.getChildren().clear();
        for (Note n : model.panel().notes()) {
            Label l = new Label(n.text());
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            l.getStyleClass().addAll("banner", switch (n.kind()) {
                case ORDINARY, UNCONFIRMED -> "banner-warning";
                case FLAG -> "banner-info";
                case EFFECT -> "banner-info";
            }, "note-" + n.kind().name().toLowerCase(java.util.Locale.ROOT));
            noteRows.getChildren().add(l);
        }
    }

    private void problemRows() {
        problemBox.getChildren().clear();
        for (String p : model.problems()) {
            problemBox.getChildren().add(problemLabel(p));
        }
        String save = model.status().isError() ? model.status().message() : "";
        if (save != null && !save.isEmpty()) {
            problemBox.getChildren().add(problemLabel(save));
        }
        boolean any = !problemBox.getChildren().isEmpty();
        problemBox.setVisible(any);
        problemBox.setManaged(any);
    }

    private static Label problemLabel(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().add("problem");
        return l;
    }

    private <T extends Enum<T>> void choices(ComboBox<T> box, T[] values, javafx.beans.property.ObjectProperty<T> value) {
        box.getItems().setAll(Arrays.asList(values));
        Widgets.cells(box, text::label);
        box.valueProperty().bindBidirectional(value);
        TypeAhead.install(box, text::label);
    }

    /** A money field: typed as 12345.6, shown as 12,345.60 once the clerk leaves it. */
    private void money(TextField field, String name, Label message) {
        field.textProperty().bindBidirectional(model.form().amount(name));
        field.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                field.setText(MoneyText.tidy(field.getText()));
            }
        });
        FieldMarks.bind(field, model.fieldError(name), message);
    }

    private static void date(TextField field) {
        field.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                Formats.parseDate(field.getText()).ifPresent(d -> field.setText(Formats.date(d)));
            }
        });
    }

    @FXML
    private void save() {
        model.saveWhenReady();
    }

    @FXML
    private void cancel() {
        onClose.run();
    }

    public void setOnClose(Runnable action) {
        this.onClose = action;
    }

    public void focusFirst() {
        Focus.soon(hospitalField);
    }

    public Parent view() {
        return view;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** An explanation line: the arithmetic, wrapped to the panel's width. */
    private static final class LineCell extends ListCell<ExplainLine> {
        LineCell() {
            // no horizontal scrolling: the cell is as wide as the list, the text wraps
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ExplainLine item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label l = new Label(item.text());
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            l.maxWidthProperty().bind(getListView().widthProperty().subtract(28));
            l.getStyleClass().add("line-text");
            setText(null);
            setGraphic(l);
        }
    }
}
