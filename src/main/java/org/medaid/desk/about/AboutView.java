package org.medaid.desk.about;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.TaskExecutor;

/** The 关于 card of 设置: wires AboutView.fxml to an {@link AboutViewModel}. */
public final class AboutView {

    @FXML private Label versionValue;
    @FXML private TextField logFolderField;
    @FXML private Button bundleButton;
    @FXML private Label statusLabel;

    private final AboutViewModel model;
    private final Texts texts;
    private final Window owner;
    private final Parent view;

    public AboutView(AboutViewModel model, Texts texts, Window owner) {
        this.model = model;
        this.texts = texts;
        this.owner = owner;
        this.view = Fxml.load(this, texts);
    }

    public static AboutView create(Window owner, TaskExecutor executor, java.util.Locale locale) {
        Texts texts = Texts.load(locale);
        return new AboutView(AboutViewModel.forDesk(executor, texts), texts, owner);
    }

    @FXML
    private void initialize() {
        versionValue.setText("medaid-desk " + model.version());
        logFolderField.setText(model.logFolder().toString());
        bundleButton.disableProperty().bind(model.status().busyProperty());
        StatusLine.bind(model.status(), statusLabel, null);
    }

    @FXML
    private void saveBundle() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("about.bundle.title"));
        chooser.setInitialFileName(model.suggestedName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("about.bundle.filter"), "*.zip"));
        File target = chooser.showSaveDialog(owner);
        if (target != null) {
            model.saveBundle(target.toPath());
        }
    }

    public Parent view() {
        return view;
    }
}
