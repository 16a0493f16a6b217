package org.medaid.desk.person;

import java.util.Arrays;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.medaid.desk.common.Banner;
import org.medaid.desk.common.Dialogs;
import org.medaid.desk.common.FieldMarks;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Widgets;
import org.medaid.model.Insurance;
import org.medaid.roster.RosterRow;

/** The person form: wires PersonView.fxml to a {@link PersonViewModel}; Enter saves, Esc goes back. */
public final class PersonView {

    @FXML private javafx.scene.layout.VBox sideColumn;
    @FXML private Label titleLabel;
    @FXML private Label stateTag;
    @FXML private HBox banner;
    @FXML private Label bannerText;
    @FXML private Hyperlink bannerAction;
    @FXML private TextField nameField;
    @FXML private TextField idField;
    @FXML private Label nameMessage;
    @FXML private Label idMessage;
    @FXML private TextField birthField;
    @FXML private TextField sexField;
    @FXML private Label sexLabel;
    @FXML private Label categoriesLabel;
    @FXML private Label premiumYearLabel;
    @FXML private TextField regionField;
    @FXML private TextField regionCodeField;
    @FXML private Label regionMessage;
    @FXML private javafx.scene.layout.HBox regionReasonBox;
    @FXML private TextField regionReasonField;
    @FXML private Label regionReasonMessage;
    @FXML private TextField headField;
    @FXML private Button headPick;
    @FXML private Button headClear;
    @FXML private ComboBox<String> relationBox;
    @FXML private Label relationMessage;
    @FXML private TextField townshipField;
    @FXML private TextField villageField;
    @FXML private TextField phoneField;
    @FXML private TextField bankField;
    @FXML private TextField bankNameField;
    @FXML private Label phoneMessage;
    @FXML private Label bankMessage;
    @FXML private ComboBox<Insurance> insuranceBox;
    @FXML private TextField yearField;
    @FXML private Label yearMessage;
    @FXML private TableView<CategoryItem> categoryTable;
    @FXML private TableColumn<CategoryItem, String> codeColumn;
    @FXML private TableColumn<CategoryItem, String> fromColumn;
    @FXML private TableColumn<CategoryItem, String> toColumn;
    @FXML private TableColumn<CategoryItem, String> departmentColumn;
    @FXML private TableColumn<CategoryItem, String> documentColumn;
    @FXML private TableColumn<CategoryItem, CategoryItem> stateColumn;
    @FXML private Button addCategoryButton;
    @FXML private Button endCategoryButton;
    @FXML private Button voidCategoryButton;
    @FXML private Spinner<Integer> premiumYear;
    @FXML private Button saveButton;
    @FXML private Button correctButton;
    @FXML private Button cancelButton;
    @FXML private GridPane premiumGrid;
    @FXML private Label policyName;
    @FXML private Label policyDocument;
    @FXML private Label premiumMessage;
    @FXML private Label contributionValue;
    @FXML private Label subsidyValue;
    @FXML private Label assistanceValue;
    @FXML private Label countyValue;
    @FXML private Label personPaysValue;
    @FXML private Label premiumBasis;
    @FXML private Label unconfirmedNote;

    private final PersonViewModel model;
    private final Texts texts;
    private final HeadPickerView headPicker;
    private final Parent view;
    private ObjectProperty<Integer> premiumYearObject;
    private Runnable onClose = () -> { };

    public PersonView(PersonViewModel model, HeadPickerView headPicker) {
        this.model = model;
        this.texts = model.texts();
        this.headPicker = headPicker;
        this.view = Fxml.load(this, texts);
    }

    @FXML
    private void initialize() {
        // labels that stand before their control in the FXML cannot name it there (no forward references)
        sexLabel.setLabelFor(sexField);
        categoriesLabel.setLabelFor(categoryTable);
        premiumYearLabel.setLabelFor(premiumYear);
        PersonFieldsViewModel f = model.fields();
        nameField.textProperty().bindBidirectional(f.name);
        idField.textProperty().bindBidirectional(f.idNumber);
        // ADR 0032: an enrolled person's name and ID number change only through 更正
        nameField.editableProperty().bind(model.storedProperty().isNull());
        idField.editableProperty().bind(model.storedProperty().isNull());
        correctButton.visibleProperty().bind(model.storedProperty().isNotNull());
        correctButton.managedProperty().bind(correctButton.visibleProperty());
        correctButton.setOnAction(e -> IdentityCorrectionDialogView.show(view.getScene().getWindow(), model.correction()));
        birthField.textProperty().bind(f.birthDate);
        sexField.textProperty().bind(f.sex);
        regionField.textProperty().bind(f.regionName);
        regionCodeField.textProperty().bindBidirectional(f.regionCode);
        regionCodeField.setTextFormatter(new javafx.scene.control.TextFormatter<String>(ch ->
                ch.getControlNewText().length() > 6 ? null : ch));
        regionReasonField.textProperty().bindBidirectional(f.regionReason);
        regionReasonBox.visibleProperty().bind(f.regionChanged);
        regionReasonBox.managedProperty().bind(f.regionChanged);
        FieldMarks.bind(regionCodeField, f.regionError, regionMessage);
        // the reason is asked at once: the region was just typed over, the reason field not yet touched
        var reasonShown = Bindings.createStringBinding(() -> f.regionReasonError.get() == null ? "" : f.regionReasonError.get(),
                f.regionReasonError);
        FieldMarks.mark(regionReasonField, reasonShown);
        regionReasonMessage.textProperty().bind(reasonShown);
        FieldMarks.collapseWhenEmpty(regionReasonMessage);
        headField.textProperty().bind(f.headLabel);
        townshipField.textProperty().bindBidirectional(f.township);
        villageField.textProperty().bindBidirectional(f.village);
        phoneField.textProperty().bindBidirectional(f.phone);
        bankField.textProperty().bindBidirectional(f.bankAccount);
        bankNameField.textProperty().bindBidirectional(f.bankName);
        // at most the column's length (TextLimit, ADR 0029): longer text is not typed in
        bankNameField.setTextFormatter(new javafx.scene.control.TextFormatter<String>(ch ->
                ch.getControlNewText().length() > org.medaid.model.TextLimit.BANK_NAME.length() ? null : ch));
        yearField.textProperty().bindBidirectional(f.enrolmentYear);
        initChoices(f);
        FieldMarks.bind(nameField, f.nameError, nameMessage);
        FieldMarks.bind(idField, f.idError, idMessage);
        FieldMarks.bind(phoneField, f.phoneError, phoneMessage);
        FieldMarks.bind(bankField, f.bankError, bankMessage);
        FieldMarks.bind(yearField, f.yearError, yearMessage);
        FieldMarks.mark(relationBox, f.relationError);
        relationMessage.textProperty().bind(Bindings.createStringBinding(() -> f.relationError.get() == null ? ""
                : f.relationError.get(), f.relationError));
        FieldMarks.collapseWhenEmpty(relationMessage);
        initHead(f);
        initCategories();
        initHeader();
        initPremium();
        saveButton.disableProperty().bind(model.canSaveBinding().not());
        cancelButton.textProperty().bind(Bindings.when(model.storedProperty().isNotNull().and(model.dirtyProperty().not()))
                .then(texts.get("common.back")).otherwise(texts.get("common.cancel")));
    }

    private void initChoices(PersonFieldsViewModel f) {
        insuranceBox.getItems().setAll(Arrays.asList(Insurance.values()));
        Widgets.cells(insuranceBox, texts::label);
        insuranceBox.valueProperty().bindBidirectional(f.insurance);
        for (Relation r : Relation.values()) {
            if (r != Relation.SELF) {
                relationBox.getItems().add(r.stored());
            }
        }
        Widgets.cells(relationBox, s -> Relation.display(s, texts));
        relationBox.valueProperty().bindBidirectional(f.relation);
        relationBox.disableProperty().bind(f.headId.isNull());
    }

    private void initHead(PersonFieldsViewModel f) {
        headPick.setOnAction(e -> pickHead());
        headField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F4 || e.getCode() == KeyCode.SPACE) {
                pickHead();
                e.consume();
            }
        });
        headClear.disableProperty().bind(f.headId.isNull());
        headClear.setOnAction(e -> {
            f.headId.set(null);
            f.headLabel.set("");
        });
    }

    private void pickHead() {
        long self = model.storedProperty().get() == null ? 0 : model.storedProperty().get().id();
        Optional<RosterRow> picked = headPicker.pick(view.getScene().getWindow(), self);
        picked.ifPresent(row -> {
            model.fields().headLabel.set(row.name() + "（" + row.idNumber() + "）");
            model.fields().headId.set(row.personId());
            relationBox.requestFocus();
        });
    }

    private void initCategories() {
        categoryTable.setItems(model.categories());
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.label(c.getValue().record().code())));
        fromColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.date(c.getValue().record().from())));
        toColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.date(c.getValue().record().to())));
        departmentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.label(c.getValue().record().department())));
        documentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().record().documentNo()));
        stateColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        stateColumn.setCellFactory(c -> new CategoryStateCell(texts, model::today));
        categoryTable.setPlaceholder(new Label(texts.get("category.none")));
        var selected = categoryTable.getSelectionModel().selectedItemProperty();
        endCategoryButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().canEnd() || model.status().busyProperty().get(), selected, model.status().busyProperty()));
        voidCategoryButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().canVoid() || model.status().busyProperty().get(), selected, model.status().busyProperty()));
        addCategoryButton.disableProperty().bind(model.status().busyProperty());
        categoryTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.INSERT) {
                addCategory();
                e.consume();
            }
        });
    }

    private void initHeader() {
        titleLabel.textProperty().bind(Bindings.createStringBinding(() -> model.storedProperty().get() == null
                ? texts.get("person.title.new") : model.storedProperty().get().name(), model.storedProperty()));
        stateTag.textProperty().bind(Bindings.createStringBinding(() -> model.storedProperty().get() == null
                ? texts.get("person.tag.new") : texts.get("person.tag.enrolled"), model.storedProperty()));
        stateTag.styleProperty().unbind();
        model.storedProperty().addListener((o, a, b) -> stateTag.getStyleClass().setAll("label", "tag", b == null ? "tag-pending" : "tag-active"));
        stateTag.getStyleClass().setAll("label", "tag", "tag-pending");
        model.bannerProperty().addListener((o, a, b) -> showBanner(b));
        showBanner(model.bannerProperty().get());
    }

    private void showBanner(Banner b) {
        banner.setVisible(b != null);
        banner.setManaged(b != null);
        if (b == null) {
            return;
        }
        banner.getStyleClass().setAll("banner", "banner-" + b.kind().name().toLowerCase(java.util.Locale.ROOT));
        bannerText.setText(b.text());
        bannerAction.setVisible(b.hasAction());
        bannerAction.setManaged(b.hasAction());
        bannerAction.setText(b.hasAction() ? b.actionText() : "");
        bannerAction.setOnAction(e -> {
            if (b.hasAction()) {
                b.action().run();
            }
        });
    }

    private void initPremium() {
        int year = model.today().getYear();
        premiumYear.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2019, year + 1, model.premiumYearProperty().get()));
        premiumYearObject = model.premiumYearProperty().asObject();
        premiumYear.getValueFactory().valueProperty().bindBidirectional(premiumYearObject);
        PolicyCardView card = new PolicyCardView(texts, policyName, policyDocument, premiumMessage, premiumGrid, contributionValue,
                subsidyValue, assistanceValue, countyValue, personPaysValue, premiumBasis, unconfirmedNote);
        model.summaryProperty().addListener((o, a, b) -> card.show(b));
        card.show(model.summaryProperty().get());
    }

    @FXML
    private void addCategory() {
        CategoryActions actions = model.categoryActions();
        CategoryDialogViewModel draft = actions.newDraft();
        if (CategoryDialogView.show(view.getScene().getWindow(), draft, texts)) {
            actions.add(draft);
        }
        categoryTable.requestFocus();
    }

    @FXML
    private void endCategory() {
        CategoryItem item = categoryTable.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        CategoryActions actions = model.categoryActions();
        EndCategoryDialogView.show(view.getScene().getWindow(), item, actions, texts, model.today())
                .ifPresent(to -> actions.end(item, to));
    }

    @FXML
    private void voidCategory() {
        CategoryItem item = categoryTable.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        Dialogs.reason(view.getScene().getWindow(), texts, texts.get("category.void.title"),
                texts.format("category.void.header", texts.label(item.record().code()), Formats.date(item.record().from())))
                .ifPresent(reason -> model.categoryActions().voidCategory(item, reason));
    }

    @FXML
    private void save() {
        model.save();
    }

    /** Esc or 返回: leaves the form, asking first when there are unsaved changes. */
    @FXML
    private void cancel() {
        boolean unsaved = model.dirtyProperty().get() || model.categories().stream().anyMatch(CategoryItem::pending);
        if (!unsaved || Dialogs.confirm(view.getScene().getWindow(), texts, texts.get("person.discard.title"),
                texts.get("person.discard.text"))) {
            onClose.run();
        }
    }

    /** Adds a card below the policy and premium cards (门诊慢特病资格). */
    public void addSideCard(javafx.scene.Node card) {
        sideColumn.getChildren().add(card);
    }

    public void setOnClose(Runnable action) {
        this.onClose = action;
    }

    /** The clerk starts with the name (new person) or stays on the form's first field. */
    public void focusFirst() {
        nameField.requestFocus();
    }

    public Parent view() {
        return view;
    }
}
