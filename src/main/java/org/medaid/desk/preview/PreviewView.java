package org.medaid.desk.preview;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.Styles;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import org.medaid.print.IdDisplay;
import org.medaid.print.PaperSize;

/**
 * The print preview window's content: wires PreviewView.fxml to a {@link PreviewViewModel}. The pages
 * are images of the PDF, as wide as the window allows; Enter (or Alt+P) prints, Alt+S saves a PDF, Esc closes.
 */
public final class PreviewView {

    private static final double PAGE_MAX_WIDTH = 900;

    @FXML private Label titleLabel;
    @FXML private Label reprintTag;
    @FXML private HBox paperBox;
    @FXML private ToggleGroup paperGroup;
    @FXML private RadioButton a4Button;
    @FXML private RadioButton a5Button;
    @FXML private CheckBox fullIdBox;
    @FXML private javafx.scene.control.Separator choiceSeparator;
    @FXML private Button saveButton;
    @FXML private Label keysLabel;
    @FXML private Button printButton;
    @FXML private Button closeButton;
    @FXML private ScrollPane scroll;
    @FXML private VBox pageBox;
    @FXML private Label messageLabel;
    @FXML private ProgressIndicator busyIndicator;

    private final PreviewViewModel model;
    private final Texts text;
    private final Parent view;
    private Runnable onClose = () -> { };

    public PreviewView(PreviewViewModel model) {
        this.model = model;
        this.text = model.text();
        this.view = Fxml.load(this, text);
        model.setSaveTarget(this::askWhereToSave);
    }

    @FXML
    private void initialize() {
        titleLabel.setText(model.job().title());
        paperBox.setVisible(model.job().paperChoice());
        paperBox.setManaged(model.job().paperChoice());
        fullIdBox.setVisible(model.job().idChoice());
        fullIdBox.setManaged(model.job().idChoice());
        choiceSeparator.setVisible(model.job().paperChoice() || model.job().idChoice());
        choiceSeparator.setManaged(choiceSeparator.isVisible());
        if (model.job().paperOnly()) {
            saveButton.setVisible(false);
            saveButton.setManaged(false);
            keysLabel.setText(text.get("preview.keys.paperOnly"));
        }
        a4Button.setUserData(PaperSize.A4);
        a5Button.setUserData(PaperSize.A5);
        paperGroup.selectToggle(model.paperProperty().get() == PaperSize.A5 ? a5Button : a4Button);
        paperGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.paperProperty().set((PaperSize) b.getUserData());
            }
        });
        fullIdBox.setSelected(model.idsProperty().get() == IdDisplay.FULL);
        fullIdBox.selectedProperty().addListener((o, a, b) -> model.idsProperty().set(b ? IdDisplay.FULL : IdDisplay.MASKED));
        reprintTag.visibleProperty().bind(model.reprintProperty());
        reprintTag.managedProperty().bind(model.reprintProperty());
        printButton.disableProperty().bind(model.readyBinding().not());
        saveButton.disableProperty().bind(model.readyBinding().not());
        StatusLine.bind(model.status(), messageLabel, null);
        busyIndicator.visibleProperty().bind(model.busyBinding());
        model.pages().addListener((ListChangeListener<Image>) c -> pages());
        pages();
    }

    private void pages() {
        pageBox.getChildren().clear();
        for (Image page : model.pages()) {
            ImageView v = new ImageView(page);
            v.setPreserveRatio(true);
            v.setSmooth(true);
            v.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.min(PAGE_MAX_WIDTH, Math.min(page.getWidth(), scroll.getViewportBounds().getWidth() - 48)),
                    scroll.viewportBoundsProperty()));
            v.setEffect(new DropShadow(12, Color.rgb(0, 0, 0, 0.25)));
            v.getStyleClass().add("preview-image");
            pageBox.getChildren().add(v);
        }
    }

    /**
     * Asks for a file on the FX thread (the print service asks from the worker): first, when there is no
     * printer, says so and offers 另存为PDF.
     */
    Optional<Path> askWhereToSave(String reason, String suggested) {
        if (Platform.isFxApplicationThread()) {
            return ask(reason, suggested);
        }
        CompletableFuture<Optional<Path>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(ask(reason, suggested));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private Optional<Path> ask(String reason, String suggested) {
        Window owner = view.getScene() == null ? null : view.getScene().getWindow();
        if (reason != null) {
            ButtonType save = new ButtonType(text.get("preview.noPrinter.save"), ButtonBar.ButtonData.OK_DONE);
            ButtonType cancel = new ButtonType(text.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert a = new Alert(Alert.AlertType.INFORMATION, reason, save, cancel);
            a.initOwner(owner);
            a.setTitle(text.get("preview.noPrinter.title"));
            a.setHeaderText(text.get("preview.noPrinter.title"));
            Styles.apply(a.getDialogPane());
            if (a.showAndWait().filter(save::equals).isEmpty()) {
                return Optional.empty();
            }
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("preview.save.title"));
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("preview.save.filter"), "*.pdf"));
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        File f = chooser.showSaveDialog(owner);
        return f == null ? Optional.empty() : Optional.of(f.toPath());
    }

    @FXML
    private void print() {
        model.print();
    }

    @FXML
    private void save() {
        model.saveAs();
    }

    @FXML
    private void close() {
        onClose.run();
    }

    public void setOnClose(Runnable action) {
        this.onClose = action;
    }

    /** 打印 gets the keyboard; while the document still renders it is disabled, so it gets it once it is ready. */
    public void focusPrint() {
        if (!printButton.isDisabled()) {
            printButton.requestFocus();
            return;
        }
        javafx.beans.value.ChangeListener<Boolean> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean disabled) {
                if (!disabled) {
                    printButton.disabledProperty().removeListener(this);
                    printButton.requestFocus();
                }
            }
        };
        printButton.disabledProperty().addListener(once);
    }

    public Parent view() {
        return view;
    }
}
