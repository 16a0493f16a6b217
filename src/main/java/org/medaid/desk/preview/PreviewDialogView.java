package org.medaid.desk.preview;

import org.medaid.desk.common.Styles;
import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.medaid.desk.common.Fxml;
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

    /**
     * The window's size: 1000 × 860 at most, inside the visible part of the screen its owner is on. Not the owner's own
     * size: a small window owns some previews (the recovery code's), which then showed 180 pixels of the page.
     */
    static Dimension2D size(Window owner) {
        List<Screen> screens = owner == null ? List.of()
                : Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
        Rectangle2D visible = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
        return new Dimension2D(Math.min(1000, visible.getWidth() - 40), Math.min(860, visible.getHeight() - 40));
    }
}
