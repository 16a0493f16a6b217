package org.medaid.desk.firstrun;

import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.medaid.identity.Region;
import org.medaid.policy.Policy;

/**
 * Page 1: search and choose the county. Typing filters the list; ↓ moves into it; Enter in the search
 * field takes the first match, Enter again goes on (the wizard's default button).
 */
public final class CountyView {

    @FXML private TextField searchField;
    @FXML private ListView<Region> countyList;
    @FXML private Label countLabel;
    @FXML private Label chosenLabel;
    @FXML private Label policyLabel;
    @FXML private Label documentLabel;
    @FXML private Label endedLabel;
    @FXML private Label unconfirmedLabel;

    private final CountyViewModel step;
    private final FiguresViewModel figures;
    private final Texts texts;
    private final Parent view;

    public CountyView(CountyViewModel step, FiguresViewModel figures, Texts texts) {
        this.step = step;
        this.figures = figures;
        this.texts = texts;
        this.view = Fxml.load(this, texts);
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(step.queryProperty());
        countyList.setItems(step.matches());
        countyList.setCellFactory(l -> new RegionCell());
        countyList.setPlaceholder(new Label(texts.get("firstrun.county.none")));
        countyList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                step.chosenProperty().set(b);
            }
        });
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> texts.format("firstrun.county.count", step.matches().size()), step.matches()));
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !step.matches().isEmpty()) {
                countyList.requestFocus();
                if (countyList.getSelectionModel().isEmpty()) {
                    countyList.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        // A handler, not setOnAction: with an onAction set, a text field never passes Enter to the default button.
        searchField.addEventHandler(ActionEvent.ACTION, e -> {
            // Enter takes the first match; when that is already the choice, Enter goes on to the next page.
            if (!step.matches().isEmpty() && step.chosenProperty().get() != step.matches().get(0)) {
                countyList.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        step.chosenProperty().addListener((o, a, b) -> {
            if (b != null && countyList.getSelectionModel().getSelectedItem() != b) {
                countyList.getSelectionModel().select(b);
                countyList.scrollTo(b);
            }
            show();
        });
        step.policyProperty().addListener((o, a, b) -> show());
        if (step.chosenProperty().get() != null) {
            countyList.getSelectionModel().select(step.chosenProperty().get());
        }
        show();
    }

    private void show() {
        Region r = step.chosenProperty().get();
        PolicyToday today = step.policyProperty().get();
        chosenLabel.setText(r == null ? texts.get("firstrun.county.notChosen") : texts.format("firstrun.county.chosen", r.fullName(), r.code()));
        boolean hasPolicy = today != null;
        policyLabel.setText(r == null ? "" : !hasPolicy ? texts.get("firstrun.county.policy.none")
                : texts.format(today.inForce() ? "firstrun.county.policy" : "firstrun.county.policy.last", today.policy().name()));
        if (hasPolicy) {
            Policy p = today.policy();
            documentLabel.setText(texts.format("firstrun.county.policy.doc", p.document(), p.from().toString()));
            endedLabel.setText(today.inForce() ? "" : texts.format("firstrun.county.policy.ended", String.valueOf(p.to())));
            unconfirmedLabel.setText(texts.format("firstrun.county.policy.unconfirmed", figures.rows().size()));
        } else {
            documentLabel.setText("");
            endedLabel.setText("");
            unconfirmedLabel.setText("");
        }
        for (Label l : new Label[] {documentLabel, endedLabel, unconfirmedLabel}) {
            l.setManaged(!l.getText().isEmpty());
            l.setVisible(!l.getText().isEmpty());
        }
    }

    /** Where the focus goes when the page comes on screen. */
    public void focus() {
        Platform.runLater(searchField::requestFocus);
    }

    public Parent view() {
        return view;
    }

    private static final class RegionCell extends ListCell<Region> {
        private final Label code = new Label();
        private final Label name = new Label();
        private final HBox box = new HBox(12, code, name);

        RegionCell() {
            code.getStyleClass().add("county-code");
        }

        @Override
        protected void updateItem(Region item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
            } else {
                code.setText(item.code());
                name.setText(item.fullName());
                setGraphic(box);
                setAccessibleText(item.code() + " " + item.fullName());
            }
        }
    }
}
