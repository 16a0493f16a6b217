package org.medaid.desk.roster;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Widgets;
import org.medaid.model.Category;
import org.medaid.roster.RosterRow;

/** The roster screen: wires the controls of RosterView.fxml to a {@link RosterViewModel}. */
public final class RosterView {

    private static final KeyCombination NEW_PERSON = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    @FXML private VBox root;
    @FXML private TextField searchField;
    @FXML private Label searchLabel;
    @FXML private Label categoryLabel;
    @FXML private ComboBox<CategoryChoice> categoryBox;
    @FXML private CheckBox endingSoonBox;
    @FXML private TableView<RosterRow> table;
    @FXML private TableColumn<RosterRow, String> nameColumn;
    @FXML private TableColumn<RosterRow, String> idColumn;
    @FXML private TableColumn<RosterRow, String> townshipColumn;
    @FXML private TableColumn<RosterRow, String> villageColumn;
    @FXML private TableColumn<RosterRow, String> categoriesColumn;
    @FXML private TableColumn<RosterRow, LocalDate> endColumn;
    @FXML private Label countLabel;
    @FXML private Label pageLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Button firstButton;
    @FXML private Button prevButton;
    @FXML private Button nextButton;
    @FXML private Button lastButton;
    @FXML private Button newButton;
    @FXML private Button importButton;

    private final RosterViewModel model;
    private final Texts texts;
    private final Parent view;
    private Runnable onNew = () -> { };
    private Runnable onImport = () -> { };

    public RosterView(RosterViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        this.view = Fxml.load(this, texts);
    }

    @FXML
    private void initialize() {
        // these labels stand before their control in the FXML, which cannot name a later node
        searchLabel.setLabelFor(searchField);
        categoryLabel.setLabelFor(categoryBox);
        searchField.textProperty().bindBidirectional(model.searchTextProperty());
        categoryBox.getItems().add(CategoryChoice.ALL);
        Arrays.stream(Category.values()).map(CategoryChoice::new).forEach(categoryBox.getItems()::add);
        Widgets.cells(categoryBox, c -> c.code() == null ? texts.get("roster.category.all") : texts.label(c.code()));
        categoryBox.setValue(model.categoryProperty().get() == null ? CategoryChoice.ALL : new CategoryChoice(model.categoryProperty().get()));
        categoryBox.valueProperty().addListener((o, a, b) -> model.categoryProperty().set(b == null ? null : b.code()));
        endingSoonBox.selectedProperty().bindBidirectional(model.endingSoonProperty());
        initTable();
        initPager();
        initKeys();
    }

    private void initTable() {
        table.setItems(model.rows());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        idColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().idNumber()));
        idColumn.getStyleClass().add("mono");
        townshipColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().township()));
        villageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().village()));
        categoriesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().categoriesToday().stream()
                .map(texts::label).collect(Collectors.joining("、"))));
        endColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().nextCategoryEnd()));
        endColumn.setCellFactory(col -> new EndDateCell());
        // an empty township is told how to fill it, a search still running says so, a finished one that nobody matches
        table.setPlaceholder(emptyLabel(model.emptyMessageKey(), texts));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        table.setRowFactory(t -> {
            TableRow<RosterRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.openSelected();
                }
            });
            return row;
        });
    }

    private void initPager() {
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> model.totalProperty().get() < 0
                ? texts.get("roster.counting") : texts.format("roster.count", model.totalProperty().get()), model.totalProperty()));
        pageLabel.textProperty().bind(Bindings.createStringBinding(() -> texts.format("roster.page",
                model.pageProperty().get() + 1, model.pageCount()), model.pageProperty(), model.totalProperty()));
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        prevButton.disableProperty().bind(model.canGoBack().not());
        firstButton.disableProperty().bind(model.canGoBack().not());
        nextButton.disableProperty().bind(model.canGoForward().not());
        lastButton.disableProperty().bind(model.canGoForward().not());
    }

    private void initKeys() {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEW_PERSON.match(e)) {
                onNew.run();
                e.consume();
            } else if (IMPORT.match(e)) {
                onImport.run();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_DOWN && !e.isShortcutDown()) {
                model.nextPage();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP && !e.isShortcutDown()) {
                model.previousPage();
                e.consume();
            }
        });
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                e.consume();
            }
        });
        searchField.setOnAction(e -> model.openSelected());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.openSelected();
                e.consume();
            }
        });
    }

    @FXML
    private void newPerson() {
        onNew.run();
    }

    @FXML
    private void importList() {
        onImport.run();
    }

    @FXML
    private void firstPage() {
        model.firstPage();
    }

    @FXML
    private void previousPage() {
        model.previousPage();
    }

    @FXML
    private void nextPage() {
        model.nextPage();
    }

    @FXML
    private void lastPage() {
        model.lastPage();
    }

    public void setOnNew(Runnable action) {
        this.onNew = action;
    }

    public void setOnImport(Runnable action) {
        this.onImport = action;
    }

    /** The clerk starts typing at once (STYLE §5). */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    public Parent view() {
        return view;
    }

    /** A category end date, marked when it falls within the next 30 days. */
    private final class EndDateCell extends TableCell<RosterRow, LocalDate> {
        @Override
        protected void updateItem(LocalDate date, boolean empty) {
            super.updateItem(date, empty);
            getStyleClass().remove("ending-soon");
            setText(empty || date == null ? null : Formats.date(date));
            LocalDate today = model.query().today();
            if (!empty && date != null && !date.isAfter(today.plusDays(30))) {
                getStyleClass().add("ending-soon");
            }
        }
    }

    /** The label an empty list shows, following {@code key} (a resource key of {@code texts}; ADR 0105). */
    public static Label emptyLabel(javafx.beans.binding.StringBinding key, Texts texts) {
        Label label = new Label();
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> texts.get(key.get()), key));
        return label;
    }
}
