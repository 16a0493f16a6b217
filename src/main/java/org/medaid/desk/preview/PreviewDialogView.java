package org.medaid.desk.preview;

import org.medaid.desk.common.Styles;
import javafx.scene.Scene;
import javafx.stage.Modality;
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
        Scene scene = new Scene(view.view(), 1000, Math.min(860, owner == null ? 860 : owner.getHeight() - 20));
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
}
