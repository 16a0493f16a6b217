package org.medaid.desk.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Widgets;
import org.medaid.identity.PolicyArea;

/** The settings screen: wires SettingsView.fxml to a {@link SettingsViewModel}. */
public final class SettingsView {

    @FXML private ComboBox<Locale> languageBox;
    @FXML private TextField idleField;
    @FXML private Label idleMessage;
    @FXML private ComboBox<PolicyArea> areaBox;
    @FXML private Label schemaLabel;

    private final SettingsViewModel model;
    private final Texts texts;
    private final Parent view;

    public SettingsView(SettingsViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        this.view = Fxml.load(this, texts);
    }

    @FXML
    private void initialize() {
        languageBox.getItems().setAll(List.of(DeskSettings.CHINESE, DeskSettings.ENGLISH));
        Widgets.cells(languageBox, l -> texts.get(DeskSettings.ENGLISH.equals(l) ? "settings.language.en" : "settings.language.zh"));
        languageBox.setValue(DeskSettings.ENGLISH.getLanguage().equals(model.languageProperty().get().getLanguage())
                ? DeskSettings.ENGLISH : DeskSettings.CHINESE);
        languageBox.valueProperty().addListener((o, a, b) -> model.languageProperty().set(b));

        idleField.textProperty().bindBidirectional(model.idleMinutesProperty());
        idleField.setOnAction(e -> commitIdle());
        idleField.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                commitIdle();
            }
        });
        idleField.disableProperty().bind(model.mayChangeProperty().not());
        areaBox.disableProperty().bind(model.mayChangeProperty().not());

        areaBox.getItems().setAll(Arrays.asList(PolicyArea.values()));
        Widgets.cells(areaBox, a -> texts.get("area." + a.name()));
        areaBox.valueProperty().bindBidirectional(model.areaProperty());

        StatusLine.bind(model.status(), idleMessage, null);
        schemaLabel.setText(texts.format("settings.schema", model.schemaVersion()));
    }

    private void commitIdle() {
        if (!model.mayChangeProperty().get()) {
            return;
        }
        if (!model.commitIdle(texts.get("settings.saved"))) {
            model.status().refuse(texts.get("settings.idle.note"));
        }
    }

    public Parent view() {
        return view;
    }
}
