package org.medaid.desk.firstrun;

import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;

/**
 * Page 3: the unconfirmed figures. The table shows each figure with its default, the document and clause,
 * and the note; the row below decides the selected one. In the table: D confirms the default, K keeps it
 * marked, digits start the county's figure, and Enter in that field takes it and moves to the next row.
 */
public final class FiguresView {

    @FXML private Label introLabel;
    @FXML private TableView<FigureRow> table;
    @FXML private TableColumn<FigureRow, String> parameterColumn;
    @FXML private TableColumn<FigureRow, String> defaultColumn;
    @FXML private TableColumn<FigureRow, String> sourceColumn;
    @FXML private TableColumn<FigureRow, String> noteColumn;
    @FXML private TableColumn<FigureRow, FigureRow> decisionColumn;
    @FXML private TextField ownField;
    @FXML private Button confirmButton;
    @FXML private Button ownButton;
    @FXML private Button leaveButton;
    @FXML private Label ownMessage;
    @FXML private Label countLabel;

    private final FiguresViewModel step;
    private final CountyViewModel county;
    private final Texts texts;
    private final Parent view;

    public FiguresView(FiguresViewModel step, CountyViewModel county, Texts texts) {
        this.step = step;
        this.county = county;
        this.texts = texts;
        this.view = Fxml.load(this, texts);
    }

    @FXML
    private void initialize() {
        table.setItems(step.rows());
        table.setPlaceholder(new Label(texts.get("figures.empty")));
        text(parameterColumn, FigureRow::label);
        text(defaultColumn, r -> r.param().value() == null ? texts.get("figures.none") : r.kind().format(r.param().value()));
        text(sourceColumn, r -> r.param().source());
        text(noteColumn, r -> r.param().note() == null ? "" : r.param().note());
        decisionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        decisionColumn.setCellFactory(c -> new DecisionCell());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::tableKey);
        table.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (!ch.isEmpty() && (Character.isDigit(ch.charAt(0)) || ch.charAt(0) == '.') && selected() != null) {
                ownField.setText(ch);
                ownField.requestFocus();
                ownField.end();
                e.consume();
            }
        });
        ownField.setOnAction(e -> {
            useOwn();
            e.consume();
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showSelected());
        step.rows().addListener((javafx.collections.ListChangeListener<FigureRow>) c -> refresh());
        county.policyProperty().addListener((o, a, b) -> refresh());
        var noneSelected = table.getSelectionModel().selectedItemProperty().isNull();
        confirmButton.disableProperty().bind(noneSelected);
        ownButton.disableProperty().bind(noneSelected);
        leaveButton.disableProperty().bind(noneSelected);
        ownField.disableProperty().bind(noneSelected);
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> texts.format("figures.count",
                step.decidedCount().get(), step.rows().size() - step.decidedCount().get()), step.decidedCount(), step.rows()));
        refresh();
    }

    /**
     * The policy's insurance condition when its document has no such sentence ({@code coverage.required}, ADR 0092): not a
     * figure, so not a row of the table, but as unconfirmed as they are.
     */
    private String insuranceCondition(org.medaid.policy.Policy policy) {
        org.medaid.insurance.InsuranceCondition c = org.medaid.insurance.InsuranceCondition.of(java.util.Optional.of(policy));
        return c.confirmed() ? "" : "\n" + texts.format("firstrun.figures.insuranceCondition", c.sentence(texts.locale()));
    }

    private void refresh() {
        PolicyToday p = county.policyProperty().get();
        introLabel.setText(p == null ? "" : texts.format("firstrun.figures.intro", p.policy().name(), p.policy().document(),
                step.rows().size()) + insuranceCondition(p.policy()));
        if (table.getSelectionModel().isEmpty() && !step.rows().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    private void tableKey(KeyEvent e) {
        if (selected() == null) {
            return;
        }
        if (e.getCode() == KeyCode.D) {
            confirmDefault();
            e.consume();
        } else if (e.getCode() == KeyCode.K || e.getCode() == KeyCode.DELETE) {
            leaveMarked();
            e.consume();
        }
    }

    private FigureRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void showSelected() {
        FigureRow r = selected();
        ownMessage.setText("");
        if (r == null) {
            ownField.clear();
            return;
        }
        ownField.setText(r.ownProperty().get());
        ownField.setPromptText(texts.get("figures.own.prompt." + r.kind()));
    }

    @FXML
    void confirmDefault() {
        FigureRow r = selected();
        if (r != null) {
            r.confirmDefault();
            ownField.clear();
            advance();
        }
    }

    @FXML
    void useOwn() {
        FigureRow r = selected();
        if (r == null) {
            return;
        }
        if (ownField.getText().isBlank()) {
            r.leaveMarked();
            advance();
            return;
        }
        if (r.kind().parse(ownField.getText()).isEmpty()) {
            ownMessage.setText(texts.get("figures.own.invalid." + r.kind()));
            ownField.requestFocus();
            return;
        }
        r.useOwn(ownField.getText());
        advance();
    }

    @FXML
    void leaveMarked() {
        FigureRow r = selected();
        if (r != null) {
            r.leaveMarked();
            ownField.clear();
            advance();
        }
    }

    /** After a decision: the next row, the table keeps the focus. */
    private void advance() {
        int i = table.getSelectionModel().getSelectedIndex();
        table.refresh();
        if (i < step.rows().size() - 1) {
            table.getSelectionModel().select(i + 1);
            table.scrollTo(Math.max(0, i - 3));
        }
        table.requestFocus();
    }

    public void focus() {
        Platform.runLater(() -> {
            table.requestFocus();
            if (table.getSelectionModel().isEmpty() && !step.rows().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
            table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
        });
    }

    public Parent view() {
        return view;
    }

    private static void text(TableColumn<FigureRow, String> column, Function<FigureRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new WrappingCell());
    }

    /** Long names, clauses and notes wrap inside their column instead of being cut off. */
    private static final class WrappingCell extends TableCell<FigureRow, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("figure-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(18));
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
        }
    }

    /** 待确认 / 确认默认值 / 采用本县数值 80%, coloured, following the row's decision. */
    private final class DecisionCell extends TableCell<FigureRow, FigureRow> {
        private FigureRow bound;
        private final Label label = new Label();
        private final javafx.beans.value.ChangeListener<Object> listener = (o, a, b) -> show();

        @Override
        protected void updateItem(FigureRow item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                bound.decisionProperty().removeListener(listener);
                bound.ownProperty().removeListener(listener);
            }
            bound = empty ? null : item;
            if (bound != null) {
                bound.decisionProperty().addListener(listener);
                bound.ownProperty().addListener(listener);
            }
            show();
        }

        private void show() {
            label.getStyleClass().removeAll("figure-marked", "figure-confirmed", "figure-own");
            setText(null);
            if (bound == null) {
                setGraphic(null);
                return;
            }
            FigureRow.Decision d = bound.decisionProperty().get();
            String text = texts.get("figures.decision." + d);
            if (d == FigureRow.Decision.OWN) {
                text += " " + bound.ownValue().map(v -> bound.kind().format(v)).orElse(bound.ownProperty().get());
            }
            label.setText(text);
            setGraphic(label);
            label.getStyleClass().add(switch (d) {
                case MARKED -> "figure-marked";
                case DEFAULT -> "figure-confirmed";
                case OWN -> "figure-own";
            });
        }
    }
}
