package org.medaid.desk.preview;

import org.medaid.desk.common.Styles;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.ScreenFit;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.print.PrintService;

/** Opens the print preview of a {@link PrintJob} in its own window over the desk. */
public final class PreviewDialogView {

    private PreviewDialogView() {
    }

    /** Shows the window and starts rendering; {@code onClosed} runs when the clerk closes it. */
    public static PreviewViewModel show(Window owner, PrintJob job, PrintService printer, TaskExecutor executor,
            Texts text, PrintSettings settings, Runnable onClosed) {
        PreviewViewModel model = new PreviewViewModel(job, printer, executor, text, settings);
        PreviewView view = new PreviewView(model);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(text.format("preview.title", job.title()));
        Dimension2D size = size(owner);
        Scene scene = new Scene(view.view(), size.getWidth(), size.getHeight());
        Styles.apply(view.view());
        stage.setScene(scene);
        // who shows the window can still reach its model (a test answers the save dialog with a file)
        stage.getProperties().put(PreviewViewModel.class, model);
        view.setOnClose(stage::close);
        stage.setOnHidden(e -> onClosed.run());
        stage.setOnShown(e -> view.focusPrint());
        model.render();
        stage.show();
        return model;
    }

    /** The window's size: 1000 × 860 at most, inside the screen its owner is on, not the owner's own size (ADR 0112). */
    static Dimension2D size(Window owner) {
        return ScreenFit.size(owner, 1000, 860);
    }
}
