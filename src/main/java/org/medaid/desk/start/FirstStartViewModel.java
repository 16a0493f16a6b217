package org.medaid.desk.start;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.desk.common.DeskSettings;
import org.medaid.desk.common.SampleTownships;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.desk.task.TaskHandle;
import org.medaid.identity.PolicyArea;

/**
 * The first-start dialog: an empty store is offered a sample township of one of the four regions, loaded
 * in the background with a progress bar; the region chosen becomes the desk's policy region.
 */
public final class FirstStartViewModel {

    private final SampleTownships samples;
    private final TaskExecutor executor;
    private final DeskSettings settings;
    private final Texts texts;
    private final ObjectProperty<PolicyArea> area = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final IntegerProperty loaded = new SimpleIntegerProperty(-1);
    private TaskHandle running = TaskHandle.DONE;
    private Runnable onLoaded = () -> { };

    public FirstStartViewModel(SampleTownships samples, TaskExecutor executor, DeskSettings settings, Texts texts) {
        this.samples = samples;
        this.executor = executor;
        this.settings = settings;
        this.texts = texts;
        area.set(settings.area().filter(samples.areas()::contains)
                .orElse(samples.areas().isEmpty() ? null : samples.areas().get(0)));
    }

    /** Loads the chosen township; the store stays empty if it fails or is cancelled. */
    public void load() {
        PolicyArea chosen = area.get();
        if (chosen == null || loading.get()) {
            return;
        }
        loading.set(true);
        error.set(null);
        message.set(texts.format("start.loading", texts.get("area." + chosen.name())));
        running = executor.submit(BackgroundTask.of("load sample township", p -> samples.load(chosen, p))
                .onProgress((f, m) -> {
                    progress.set(f);
                    if (m != null && !m.isEmpty()) {
                        message.set(m);
                    }
                })
                .onSuccess(n -> {
                    settings.setArea(chosen);
                    message.set(texts.format("start.loaded", n, texts.get("area." + chosen.name())));
                    loaded.set(n);
                    onLoaded.run();
                })
                .onCancelled(() -> message.set(texts.get("start.cancelled")))
                .onFailure(e -> error.set(texts.format("start.failed", e.getMessage())))
                .onFinally(() -> loading.set(false)));
    }

    public void cancel() {
        running.cancel();
    }

    public ObjectProperty<PolicyArea> areaProperty() {
        return area;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** People enrolled by the load; -1 before. */
    public IntegerProperty loadedProperty() {
        return loaded;
    }

    public boolean cancellable() {
        return samples.cancellable();
    }

    public java.util.List<PolicyArea> areas() {
        return samples.areas();
    }

    public void setOnLoaded(Runnable action) {
        this.onLoaded = action;
    }
}
