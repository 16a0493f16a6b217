package org.medaid.desk.firstrun;

import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.medaid.identity.PolicyArea;
import org.medaid.identity.Region;
import org.medaid.policy.WorkingCalendar;

/** Page 4: the sample township, and a summary of what 完成 will write. */
public final class SampleView {

    @FXML private CheckBox loadBox;
    @FXML private Label warnLabel;
    @FXML private Label unavailableLabel;
    @FXML private Label tourTitle;
    @FXML private Label tourLines;
    @FXML private Label countyLine;
    @FXML private Label policyLine;
    @FXML private Label figuresLine;
    @FXML private Label adminLine;
    @FXML private Label dataLine;

    private final FirstRunViewModel model;
    private final Texts texts;
    private final Path dataFolder;
    private final Parent view;
    private Runnable onEnter = () -> { };

    public SampleView(FirstRunViewModel model, Texts texts, Path dataFolder) {
        this.model = model;
        this.texts = texts;
        this.dataFolder = dataFolder;
        this.view = Fxml.load(this, texts);
    }

    @FXML
    private void initialize() {
        SampleViewModel step = model.sample();
        loadBox.selectedProperty().bindBidirectional(step.loadProperty());
        loadBox.disableProperty().bind(step.available().not().or(model.runningProperty()));
        warnLabel.visibleProperty().bind(step.available());
        warnLabel.managedProperty().bind(step.available());
        for (Label l : new Label[] {tourTitle, tourLines}) {
            l.visibleProperty().bind(step.available());
            l.managedProperty().bind(step.available());
        }
        unavailableLabel.visibleProperty().bind(step.available().not());
        unavailableLabel.managedProperty().bind(step.available().not());
        // A check box takes Enter as a click; here Enter means 完成, as on every other page it means 下一步.
        loadBox.addEventFilter(KeyEvent.ANY, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                    onEnter.run();
                }
            }
        });
    }

    /** What Enter on the check box does: the wizard's 完成. */
    public void setOnEnter(Runnable action) {
        this.onEnter = action;
    }

    /** Fills the summary from the other pages; called each time the page comes on screen. */
    public void refresh() {
        Region county = model.county().chosenProperty().get();
        PolicyToday policy = model.county().policyProperty().get();
        PolicyArea area = model.sample().areaProperty().get();
        // the township is generated in the chosen county (its ID codes), so the box names the county
        loadBox.setText(texts.format("firstrun.sample.load", county != null ? county.fullName()
                : area == null ? "" : texts.get("area." + area.name())));
        countyLine.setText(county == null ? "" : texts.format("firstrun.summary.county", county.fullName(), county.code()));
        tourLines.setText(county == null || !model.sample().available().get() ? "" : String.join("\n", model.sample().tour(
                county.code(), model.county().today(), WorkingCalendar.forDataFolder(dataFolder), texts.locale())));
        policyLine.setText(policy == null ? "" : texts.format("firstrun.summary.policy", policy.policy().name()));
        int decided = model.figures().decidedCount().get();
        figuresLine.setText(texts.format("firstrun.summary.figures", decided, model.figures().rows().size() - decided));
        adminLine.setText(texts.format("firstrun.summary.admin", model.admin().displayNameProperty().get().strip(),
                AdminViewModel.normal(model.admin().loginProperty().get())));
        dataLine.setText(texts.format("firstrun.summary.data", dataFolder));
    }

    public void focus() {
        Platform.runLater(loadBox::requestFocus);
    }

    public Parent view() {
        return view;
    }
}
