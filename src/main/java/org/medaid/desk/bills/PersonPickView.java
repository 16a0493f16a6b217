package org.medaid.desk.bills;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.medaid.desk.roster.RosterViewModel;
import org.medaid.desk.common.Focus;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import org.medaid.roster.RosterRow;

/**
 * The first page of 费用: find the person the bill is for by name, pinyin initials, ID digits or village
 * (the roster's search), Enter or ↓ then Enter opens their year ledger.
 */
public final class PersonPickView {

    @FXML private TextField searchField;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private TableView<RosterRow> table;
    @FXML private TableColumn<RosterRow, String> nameColumn;
    @FXML private TableColumn<RosterRow, String> idColumn;
    @FXML private TableColumn<RosterRow, String> placeColumn;
    @FXML private TableColumn<RosterRow, String> categoriesColumn;
    @FXML private Label countLabel;
    @FXML private Label lastLabel;

    private final RosterViewModel model;
    private final Texts text;
    private final Parent view;

    public PersonPickView(RosterViewModel model, Texts text) {
        this.model = model;
        this.text = text;
        this.view = Fxml.load(this, text);
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.searchTextProperty());
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        table.setItems(model.rows());
        table.setPlaceholder(org.medaid.desk.roster.RosterView.emptyLabel(model.emptyMessageKey("pick.none"), text));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        idColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().idNumber()));
        idColumn.getStyleClass().add("mono");
        placeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(orEmpty(c.getValue().township()) + " "
                + orEmpty(c.getValue().village())));
        categoriesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().categoriesToday().stream()
                .map(text::label).collect(Collectors.joining("、"))));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> model.totalProperty().get() < 0 ? ""
                : text.format("pick.count", model.totalProperty().get()), model.totalProperty()));
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
                model.openSelected();
                e.consume();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.openSelected();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.openSelected();
            }
        });
    }

    /** Names the person whose ledger was open last, so the clerk sees where Esc went back from. */
    public void setLast(String name) {
        lastLabel.setText(name == null ? "" : text.format("pick.last", name));
    }

    public void focusSearch() {
        Focus.soon(searchField);
        searchField.selectAll();
    }

    public Parent view() {
        return view;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
