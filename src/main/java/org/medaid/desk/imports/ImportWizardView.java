package org.medaid.desk.imports;

import java.io.File;
import java.util.Arrays;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.ScreenFit;
import org.medaid.desk.common.Styles;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Widgets;
import org.medaid.importer.Field;
import org.medaid.importer.PreviewRow;
import org.medaid.importer.RowOutcome;

/** The import wizard's window: wires ImportWizardView.fxml to an {@link ImportViewModel}. */
public final class ImportWizardView {

    @FXML private HBox steps;
    @FXML private VBox filePage;
    @FXML private VBox mappingPage;
    @FXML private VBox previewPage;
    @FXML private VBox donePage;
    @FXML private TextField fileField;
    @FXML private ComboBox<FileEncoding> encodingBox;
    @FXML private ComboBox<org.medaid.importer.ListKind> kindBox;
    @FXML private ComboBox<org.medaid.identity.Department> departmentBox;
    @FXML private ComboBox<java.time.YearMonth> monthBox;
    @FXML private Label endingsLabel;
    @FXML private GridPane mappingGrid;
    @FXML private HBox filters;
    @FXML private TableView<PreviewRow> previewTable;
    @FXML private TableColumn<PreviewRow, Number> lineColumn;
    @FXML private TableColumn<PreviewRow, RowOutcome> outcomeColumn;
    @FXML private TableColumn<PreviewRow, String> nameColumn;
    @FXML private TableColumn<PreviewRow, String> idColumn;
    @FXML private TableColumn<PreviewRow, String> categoryColumn;
    @FXML private TableColumn<PreviewRow, String> fromColumn;
    @FXML private TableColumn<PreviewRow, String> messageColumn;
    @FXML private Label doneSummary;
    @FXML private Label errorLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button cancelTaskButton;
    @FXML private Button backButton;
    @FXML private Button nextButton;

    private final ImportViewModel model;
    private final Texts texts;
    private final Parent view;
    private Stage stage;

    public ImportWizardView(ImportViewModel model) {
        this.model = model;
        this.texts = model.texts();
        this.view = Fxml.load(this, texts);
    }

    @FXML
    private void initialize() {
        fileField.textProperty().bindBidirectional(model.fileProperty());
        encodingBox.getItems().setAll(Arrays.asList(FileEncoding.values()));
        Widgets.cells(encodingBox, e -> texts.get("import.encoding." + e.name()));
        encodingBox.valueProperty().bindBidirectional(model.encodingProperty());
        kindBox.getItems().setAll(org.medaid.importer.ListKind.values());
        Widgets.cells(kindBox, k -> texts.get("import.kind." + k.name()));
        kindBox.valueProperty().bindBidirectional(model.kindProperty());
        departmentBox.getItems().setAll(org.medaid.identity.Department.values());
        Widgets.cells(departmentBox, texts::label);
        departmentBox.valueProperty().bindBidirectional(model.departmentProperty());
        java.time.YearMonth latest = java.time.YearMonth.now().plusMonths(1);
        for (int i = 0; i < 15; i++) {
            monthBox.getItems().add(latest.minusMonths(i));
        }
        Widgets.cells(monthBox, m -> texts.format("import.month.value", m.getYear(), m.getMonthValue()));
        monthBox.valueProperty().bindBidirectional(model.monthProperty());
        endingsLabel.managedProperty().bind(endingsLabel.textProperty().isNotEmpty());
        endingsLabel.visibleProperty().bind(endingsLabel.textProperty().isNotEmpty());
        model.previewProperty().addListener((o, a, b) -> endingsLabel.setText(model.endingsText()));
        encodingBox.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.fileProperty().get().toLowerCase(Locale.ROOT).endsWith(".xlsx"), model.fileProperty()));
        new MappingGridView(model, mappingGrid).bind();
        initPreview();
        PreviewFiltersView.build(model, filters);
        initBottom();
        model.stepProperty().addListener((o, a, b) -> showStep(b));
        showStep(model.stepProperty().get());
    }

    private void initPreview() {
        previewTable.setItems(model.shownRows());
        previewTable.setPlaceholder(new Label(texts.get("import.nothing")));
        lineColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        outcomeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().outcome()));
        outcomeColumn.setCellFactory(c -> new OutcomeCell());
        // a refused row was not parsed: show what the file says, so the clerk knows whose line it is
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().row() == null
                ? model.cell(c.getValue(), Field.NAME) : c.getValue().row().name()));
        idColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().row() == null
                ? model.cell(c.getValue(), Field.ID_NUMBER) : c.getValue().row().idNumber()));
        categoryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().row() == null
                ? model.cell(c.getValue(), Field.CATEGORY) : texts.label(c.getValue().row().category())));
        fromColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().row() == null
                ? model.cell(c.getValue(), Field.FROM) : Formats.date(c.getValue().row().from())));
        messageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        messageColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // a long reason is cut by the column: the whole of it on hover
                setTooltip(empty || text == null || text.isEmpty() ? null : Widgets.tooltip(text));
            }
        });
        previewTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("row-reject");
                if (!empty && row != null && row.outcome() == RowOutcome.REJECT) {
                    getStyleClass().add("row-reject");
                }
            }
        });
    }

    private void initBottom() {
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotNull());
        statusLabel.textProperty().bind(model.statusProperty());
        statusLabel.visibleProperty().bind(model.stepProperty().isNotEqualTo(ImportStep.DONE));
        progressBar.progressProperty().bind(model.progressProperty());
        progressBar.visibleProperty().bind(model.busyProperty());
        progressBar.managedProperty().bind(model.busyProperty());
        cancelTaskButton.visibleProperty().bind(model.busyProperty());
        cancelTaskButton.managedProperty().bind(model.busyProperty());
        backButton.disableProperty().bind(model.busyProperty().or(model.stepProperty().isEqualTo(ImportStep.FILE)));
        backButton.visibleProperty().bind(model.stepProperty().isNotEqualTo(ImportStep.DONE));
        doneSummary.textProperty().bind(model.statusProperty());
    }

    private void showStep(ImportStep step) {
        filePage.setVisible(step == ImportStep.FILE);
        mappingPage.setVisible(step == ImportStep.MAPPING);
        previewPage.setVisible(step == ImportStep.PREVIEW);
        donePage.setVisible(step == ImportStep.DONE);
        steps.getChildren().clear();
        for (ImportStep s : ImportStep.values()) {
            if (s.ordinal() > 0) {
                Label sep = new Label("›");
                sep.getStyleClass().add("wizard-step");
                steps.getChildren().add(sep);
            }
            Label l = new Label(texts.get("import.step." + s.name()));
            l.getStyleClass().addAll("wizard-step", s == step ? "wizard-step-current" : s.ordinal() < step.ordinal() ? "wizard-step-done" : "");
            steps.getChildren().add(l);
        }
        nextButton.disableProperty().unbind();
        nextButton.setVisible(step != ImportStep.DONE);
        switch (step) {
            case FILE -> {
                nextButton.setText(texts.get("import.next.read"));
                nextButton.disableProperty().bind(model.canRead().not());
                fileField.requestFocus();
            }
            case MAPPING -> {
                nextButton.setText(texts.get("import.next.preview"));
                nextButton.disableProperty().bind(model.canPreview().not());
            }
            case PREVIEW -> {
                nextButton.setText(texts.get("import.commit"));
                nextButton.disableProperty().bind(model.canCommit().not());
                previewTable.requestFocus();
            }
            case DONE -> nextButton.setDefaultButton(false);
        }
    }

    @FXML
    private void next() {
        switch (model.stepProperty().get()) {
            case FILE -> model.readFile();
            case MAPPING -> model.runPreview();
            case PREVIEW -> model.commit();
            case DONE -> close();
        }
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void cancelTask() {
        model.cancel();
    }

    @FXML
    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("import.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("import.chooser.lists"), "*.csv", "*.xlsx", "*.txt"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            model.fileProperty().set(chosen.getAbsolutePath());
        }
    }

    /** Esc or 关闭: a running preview or commit is cancelled first; the window closes when nothing runs. */
    @FXML
    private void close() {
        if (model.busyProperty().get()) {
            model.cancel();
        } else if (stage != null) {
            stage.close();
        }
    }

    /** Opens the wizard as a window over {@code owner}. */
    public Stage open(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(texts.get("import.title"));
        javafx.geometry.Dimension2D size = ScreenFit.size(owner, 1100, 700);
        Scene scene = new Scene(view, size.getWidth(), size.getHeight());
        Styles.apply(scene);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (model.busyProperty().get()) {
                model.cancel();
                e.consume();
            }
        });
        stage.show();
        fileField.requestFocus();
        return stage;
    }

    /** The outcome as a coloured word: 新增 green, 变更 blue, 无变化 grey, 拒绝 red. */
    private final class OutcomeCell extends TableCell<PreviewRow, RowOutcome> {
        @Override
        protected void updateItem(RowOutcome outcome, boolean empty) {
            super.updateItem(outcome, empty);
            getStyleClass().removeAll("status-add", "status-change", "status-unchanged", "status-reject");
            if (empty || outcome == null) {
                setText(null);
                return;
            }
            setText(outcome.label());
            getStyleClass().add("status-" + outcome.name().toLowerCase(Locale.ROOT));
        }
    }
}
