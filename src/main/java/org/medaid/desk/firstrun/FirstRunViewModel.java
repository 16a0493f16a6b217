package org.medaid.desk.firstrun;

import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.identity.PolicyArea;
import org.medaid.users.UserException;

/**
 * The first-run wizard's state: four pages in order, each with its step's view model; 下一步 only when
 * the page is complete; 完成 writes everything through {@link FirstRunSetup} on the worker thread, with
 * the progress on the last page. A failure is shown on the page and nothing is lost: the clerk can go
 * back, correct, and finish again.
 */
public final class FirstRunViewModel {

    public enum Page { COUNTY, ADMIN, FIGURES, SAMPLE }

    private final CountyViewModel county;
    private final AdminViewModel admin = new AdminViewModel();
    private final FiguresViewModel figures;
    private final SampleViewModel sample;
    private final FirstRunSetup setup;
    private final Texts texts;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.COUNTY);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final ScreenStatus status = new ScreenStatus();
    private final BooleanBinding pageValid;
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoNext;
    private final BooleanBinding canFinish;

    public FirstRunViewModel(CountyViewModel county, FiguresViewModel figures, SampleViewModel sample, FirstRunSetup setup, Texts texts) {
        this.county = county;
        this.figures = figures;
        this.sample = sample;
        this.setup = setup;
        this.texts = texts;
        county.policyProperty().addListener((o, a, b) -> figures.policyProperty().set(b == null ? null : b.policy()));
        county.chosenProperty().addListener((o, a, b) -> sample.areaProperty().set(b == null ? null : PolicyArea.of(b.code())));
        pageValid = Bindings.createBooleanBinding(() -> switch (page.get()) {
            case COUNTY -> county.valid().get();
            case ADMIN -> admin.valid().get();
            case FIGURES -> figures.valid().get();
            case SAMPLE -> true;
        }, page, county.valid(), admin.valid(), figures.valid());
        var running = status.busyProperty();
        canGoBack = Bindings.createBooleanBinding(() -> page.get() != Page.COUNTY && !running.get(), page, running);
        canGoNext = Bindings.createBooleanBinding(() -> page.get() != Page.SAMPLE && pageValid.get() && !running.get(),
                page, pageValid, running);
        canFinish = Bindings.createBooleanBinding(() -> page.get() == Page.SAMPLE && county.valid().get() && admin.valid().get()
                && figures.valid().get() && !running.get(), page, county.valid(), admin.valid(), figures.valid(), running);
    }

    public BooleanBinding canGoBack() {
        return canGoBack;
    }

    public BooleanBinding canGoNext() {
        return canGoNext;
    }

    public BooleanBinding canFinish() {
        return canFinish;
    }

    public boolean next() {
        if (!canGoNext().get()) {
            return false;
        }
        status.clear();
        page.set(Page.values()[page.get().ordinal() + 1]);
        return true;
    }

    public boolean back() {
        if (!canGoBack().get()) {
            return false;
        }
        status.clear();
        page.set(Page.values()[page.get().ordinal() - 1]);
        return true;
    }

    /** Writes everything; {@code done} runs on the UI thread with the outcome once it is all written. */
    public void finish(TaskExecutor executor, Consumer<FirstRunSetup.Outcome> done) {
        if (!canFinish().get()) {
            return;
        }
        FirstRunPlan plan = plan();
        status.clear();
        progress.set(-1);
        progressText.set(texts.get(plan.loadSample() ? "firstrun.finish.loading" : "firstrun.finish.writing"));
        status.submit(executor, BackgroundTask.of("first run", p -> setup.apply(plan, p))
                .onProgress((fraction, message) -> {
                    progress.set(fraction);
                    if (message != null && !message.isBlank()) {
                        progressText.set(message);
                    }
                })
                .onSuccess(outcome -> {
                    progress.set(1);
                    progressText.set(texts.get("firstrun.finish.done"));
                    done.accept(outcome);
                })
                .onFailure(this::failed));
    }

    private void failed(Throwable e) {
        progress.set(0);
        progressText.set("");
        if (e instanceof UserException u) {
            status.refuse(u.message(texts.locale()));
            page.set(Page.ADMIN);
        } else {
            status.refuse(texts.format("firstrun.finish.failed", String.valueOf(e.getMessage())));
        }
    }

    FirstRunPlan plan() {
        return new FirstRunPlan(county.chosenProperty().get(), county.policyProperty().get().policy(), figures.decisions(),
                AdminViewModel.normal(admin.loginProperty().get()), admin.displayNameProperty().get().strip(),
                admin.passwordProperty().get().toCharArray(), sample.loadProperty().get() && sample.available().get());
    }

    public CountyViewModel county() {
        return county;
    }

    public AdminViewModel admin() {
        return admin;
    }

    public FiguresViewModel figures() {
        return figures;
    }

    public SampleViewModel sample() {
        return sample;
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    /** True while the first run writes. */
    public javafx.beans.property.ReadOnlyBooleanProperty runningProperty() {
        return status.busyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    /** What went wrong when finishing, in the clerk's language; empty otherwise. */
    public ScreenStatus status() {
        return status;
    }
}
