package org.medaid.desk.firstrun;

import org.medaid.desk.common.StatusLine;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.medaid.desk.task.TaskExecutor;

/**
 * The wizard's frame: the four steps on the left, the page in the middle, 上一步 / 下一步 / 完成 below with
 * the error and the progress bar. Enter is 下一步 (the default button) and, on the last page, 完成.
 */
public final class FirstRunView {

    @FXML private VBox stepList;
    @FXML private Label stepOfLabel;
    @FXML private StackPane pageHolder;
    @FXML private Label errorLabel;
    @FXML private HBox progressBox;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button finishButton;
    @FXML private Button restoreBackupButton;

    private final FirstRunViewModel model;
    private final Texts texts;
    private final TaskExecutor executor;
    private final Consumer<FirstRunSetup.Outcome> onDone;
    private final Map<FirstRunViewModel.Page, HBox> steps = new EnumMap<>(FirstRunViewModel.Page.class);
    private final CountyView countyPage;
    private final AdminView adminPage;
    private final FiguresView figuresPage;
    private final SampleView samplePage;
    private final Parent view;
    private Runnable onRestore;

    public FirstRunView(FirstRunViewModel model, Texts texts, TaskExecutor executor, Path dataFolder,
            Consumer<FirstRunSetup.Outcome> onDone) {
        this.model = model;
        this.texts = texts;
        this.executor = executor;
        this.onDone = onDone;
        this.countyPage = new CountyView(model.county(), model.figures(), texts);
        this.adminPage = new AdminView(model.admin(), texts);
        this.figuresPage = new FiguresView(model.figures(), model.county(), texts);
        this.samplePage = new SampleView(model, texts, dataFolder);
        this.view = Fxml.load(this, texts);
    }

    @FXML
    private void initialize() {
        for (FirstRunViewModel.Page p : FirstRunViewModel.Page.values()) {
            Label number = new Label(Integer.toString(p.ordinal() + 1));
            number.getStyleClass().add("step-number");
            Label name = new Label(texts.get("firstrun.step." + p));
            name.getStyleClass().add("step-name");
            HBox row = new HBox(number, name);
            row.getStyleClass().add("firstrun-step");
            row.setId("step" + p);
            steps.put(p, row);
            stepList.getChildren().add(row);
        }
        samplePage.setOnEnter(this::finish);
        backButton.disableProperty().bind(model.canGoBack().not());
        nextButton.disableProperty().bind(model.canGoNext().not());
        finishButton.disableProperty().bind(model.canFinish().not());
        model.pageProperty().addListener((o, a, b) -> show(b));
        StatusLine.bind(model.status(), errorLabel, null);
        progressBar.progressProperty().bind(model.progressProperty());
        progressLabel.textProperty().bind(model.progressTextProperty());
        progressBox.visibleProperty().bind(model.runningProperty().or(model.progressTextProperty().isNotEmpty()));
        show(model.pageProperty().get());
    }

    private void show(FirstRunViewModel.Page page) {
        for (FirstRunViewModel.Page p : FirstRunViewModel.Page.values()) {
            HBox row = steps.get(p);
            row.getStyleClass().removeAll("current", "done");
            if (p == page) {
                row.getStyleClass().add("current");
            } else if (p.ordinal() < page.ordinal()) {
                row.getStyleClass().add("done");
            }
        }
        stepOfLabel.setText(texts.format("firstrun.stepOf", page.ordinal() + 1));
        Node content = switch (page) {
            case COUNTY -> countyPage.view();
            case ADMIN -> adminPage.view();
            case FIGURES -> figuresPage.view();
            case SAMPLE -> samplePage.view();
        };
        pageHolder.getChildren().setAll(content);
        showRestore();
        boolean onLast = page == FirstRunViewModel.Page.SAMPLE;
        nextButton.setVisible(!onLast);
        nextButton.setManaged(!onLast);
        nextButton.setDefaultButton(!onLast);
        finishButton.setVisible(onLast);
        finishButton.setManaged(onLast);
        finishButton.setDefaultButton(onLast);
        switch (page) {
            case COUNTY -> countyPage.focus();
            case ADMIN -> adminPage.focus();
            case FIGURES -> figuresPage.focus();
            case SAMPLE -> {
                samplePage.refresh();
                samplePage.focus();
            }
        }
    }

    /** 从备份恢复 on the first page: a new PC takes an old desk's backup instead of a new setup. */
    public void setOnRestore(Runnable action) {
        this.onRestore = action;
        showRestore();
    }

    private void showRestore() {
        boolean shown = onRestore != null && model.pageProperty().get() == FirstRunViewModel.Page.COUNTY;
        restoreBackupButton.setVisible(shown);
        restoreBackupButton.setManaged(shown);
    }

    @FXML
    void restoreBackup() {
        if (onRestore != null && !model.runningProperty().get()) {
            onRestore.run();
        }
    }

    @FXML
    void back() {
        model.back();
    }

    @FXML
    void next() {
        model.next();
    }

    @FXML
    void finish() {
        model.finish(executor, onDone);
    }

    public Parent view() {
        return view;
    }
}
