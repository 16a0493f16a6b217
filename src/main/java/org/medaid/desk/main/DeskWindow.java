package org.medaid.desk.main;

import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.DeskSettings;
import org.medaid.desk.common.Errors;
import org.medaid.desk.common.Snapshots;
import org.medaid.desk.common.Styles;
import org.medaid.desk.common.Texts;
import org.medaid.desk.reports.PremiumListView;
import org.medaid.desk.reports.PremiumListViewModel;
import org.medaid.desk.settings.SettingsView;
import org.medaid.desk.settings.SettingsViewModel;
import org.medaid.desk.start.FirstStartDialog;
import org.medaid.desk.start.FirstStartViewModel;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.roster.RosterQuery;
import org.medaid.model.Labels;
import org.medaid.store.StoreException;

/**
 * The desk's one window: builds the main view in the chosen language, gives each section its page once
 * the services exist, and rebuilds everything when the clerk switches language.
 */
public final class DeskWindow {

    private final Stage stage;
    private final DeskSettings settings;
    private org.medaid.session.Session signedIn;
    private final java.util.Map<String, java.util.function.Supplier<javafx.scene.Node>> settingsPanes = new java.util.LinkedHashMap<>();
    private final StartupTiming timing;
    private String signedInStatus;
    private FxTaskExecutor executor;
    private DeskServices services;
    private Texts texts;
    private MainViewModel mainModel;
    private MainView mainView;
    private Scene scene;
    private PeopleSection people;
    private final java.util.List<java.util.function.Consumer<DeskWindow>> sectionHooks = new java.util.ArrayList<>();
    private boolean offerSamples = true;

    public DeskWindow(Stage stage, DeskSettings settings, StartupTiming timing) {
        this.stage = stage;
        this.settings = settings;
        this.timing = timing;
    }

    /** Shows the window at once, before the database is open. */
    public void open(FxTaskExecutor taskExecutor) {
        this.executor = taskExecutor;
        build(settings.locale());
        if (signedIn == null) {
            signOut();
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(1100, screen.getWidth()));
        stage.setMinHeight(Math.min(700, screen.getHeight()));
        stage.setWidth(Math.min(1320, screen.getWidth()));
        stage.setHeight(Math.min(840, screen.getHeight()));
        stage.show();
        timing.windowShown();
        // the roster's view is built while the worker is still opening the database
        Platform.runLater(this::ensurePeople);
    }

    private void ensurePeople() {
        if (people == null) {
            people = new PeopleSection(() -> services, executor, texts, settings, mainModel, stage, this::currentSession);
            people.setOnFirstPage(this::firstPage);
            mainView.preload(people.view());
        }
    }

    private void build(Locale locale) {
        Labels.setLocale(locale);
        texts = Texts.load(locale);
        Section current = mainModel == null ? Section.PEOPLE : mainModel.sectionProperty().get();
        mainModel = new MainViewModel();
        mainModel.operatorProperty().set(signedInStatus);
        mainModel.areaProperty().set(settings.area().orElse(null));
        mainView = new MainView(mainModel, texts, version());
        mainView.bindBusy(executor.runningProperty());
        people = null;
        if (scene == null) {
            scene = new Scene(mainView.view());
            Styles.apply(scene);
            stage.setScene(scene);
        } else {
            scene.setRoot(mainView.view());
            Styles.apply(mainView.view());
        }
        scene.getAccelerators().clear();
        mainView.installShortcuts(scene);
        stage.setTitle(texts.get("app.title"));
        if (services != null) {
            populate();
            mainModel.sectionProperty().set(current);
        }
    }

    /** The database is open: every section gets its page, the roster loads its first page. */
    public void attach(DeskServices deskServices) {
        this.services = deskServices;
        timing.databaseOpen();
        populate();
        offerSampleIfEmpty();
    }

    /** Tests that start from an empty store on purpose switch the welcome dialog off. */
    public void setOfferSamples(boolean offer) {
        this.offerSamples = offer;
    }

    /** First start: an empty store is offered a sample township (issue #3). */
    private void offerSampleIfEmpty() {
        if (!offerSamples) {
            return;
        }
        DeskServices s = services;
        executor.submit(BackgroundTask.of("is the store empty", p -> s.roster().count(RosterQuery.all(s.today())) == 0)
                .onSuccess(empty -> {
                    if (empty) {
                        showFirstStart();
                    }
                }));
    }

    /** The welcome dialog; returns it so the screenshot tour can photograph it. */
    public FirstStartDialog firstStartDialog() {
        FirstStartViewModel model = new FirstStartViewModel(services.samples(), executor, settings, texts);
        FirstStartDialog dialog = new FirstStartDialog(model, texts, stage);
        model.loadedProperty().addListener((o, a, n) -> {
            mainModel.areaProperty().set(settings.area().orElse(null));
            mainModel.messageProperty().set(model.messageProperty().get());
            people.reloadRoster();
        });
        return dialog;
    }

    private void showFirstStart() {
        firstStartDialog().showAndWait();
        people.shown();
    }

    private void populate() {
        mainModel.dataFolderProperty().set(services.dataFolder());
        ensurePeople();
        people.start();
        mainView.setSection(Section.PEOPLE, people::view, people::shown);
        PremiumListView[] reports = new PremiumListView[1];
        mainView.setSection(Section.REPORTS, () -> {
            reports[0] = new PremiumListView(new PremiumListViewModel(services::premiumList, services::policies,
                    executor, texts, () -> services.today().getYear()));
            return reports[0].view();
        }, () -> reports[0].shown());
        mainView.setSection(Section.SETTINGS, this::settingsPage, () -> { });
        sectionHooks.forEach(h -> h.accept(this));
        mainModel.readyProperty().set(true);
    }

    private void firstPage() {
        if (timing.firstPageMillis() >= 0) {
            mainView.installTooltips();
            return;
        }
        timing.firstPage();
        Platform.runLater(mainView::installTooltips);
        // the policy files are read now, after the roster is on screen, not before
        DeskServices s = services;
        executor.submit(BackgroundTask.of("read policies", p -> s.policies()));
        String snapshot = System.getProperty(Snapshots.PROPERTY);
        if (snapshot != null) {
            // Let CSS and layout settle, then write the window and close the desk.
            PauseTransition settle = new PauseTransition(Duration.millis(600));
            settle.setOnFinished(e -> {
                Snapshots.write(scene, Path.of(snapshot));
                Platform.exit();
            });
            settle.play();
        }
    }

    private javafx.scene.Node settingsPage() {
        SettingsViewModel model = new SettingsViewModel(settings, services.dataFolder(), services.schemaVersion(),
                org.medaid.desk.settings.SettingChanges.through(services.administration(), this::currentSession, executor, texts.locale()));
        model.setMayChange(signedIn != null && signedIn.may(org.medaid.session.Action.CHANGE_SETTINGS));
        model.setOnLanguage(l -> Platform.runLater(() -> build(l)));
        model.setOnChanged(() -> {
            mainModel.areaProperty().set(settings.area().orElse(null));
        });
        javafx.scene.layout.VBox page = new javafx.scene.layout.VBox(16, new SettingsView(model, texts).view());
        for (java.util.Map.Entry<String, java.util.function.Supplier<javafx.scene.Node>> pane : settingsPanes.entrySet()) {
            org.medaid.session.Action needs = PANE_DUTIES.get(pane.getKey());
            if (needs == null || signedIn != null && signedIn.may(needs)) {
                page.getChildren().add(pane.getValue().get());
            }
        }
        page.setPadding(new javafx.geometry.Insets(0, 0, 24, 0));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    /** Cards only some may see (ADR 0034): users and roles, data and backup; the services check again. */
    private static final java.util.Map<String, org.medaid.session.Action> PANE_DUTIES = java.util.Map.of(
            "users", org.medaid.session.Action.MANAGE_USERS, "data", org.medaid.session.Action.BACKUP);

    /** A card added below the settings (users and roles, data and backup), built each time 设置 opens. */
    public void addSettingsPane(String key, java.util.function.Supplier<javafx.scene.Node> pane) {
        settingsPanes.put(key, pane);
    }

    /** The default report for a failed task without its own failure handling. */
    public void showError(Throwable error) {
        Errors.show(stage, texts, texts.get("common.error.header"), Errors.describe(error, texts), error);
    }

    /** The database did not open: say why (in use, unreadable) and close the desk. */
    public void cannotOpen(Throwable error) {
        if (error instanceof org.medaid.recovery.DamagedStoreException damaged) {
            // ADR 0030: never started on; the newest verified backup is offered for the next start
            java.nio.file.Path data = org.medaid.store.DataFolder.resolve();
            new org.medaid.desk.recovery.DamagedStoreDialog(texts.locale(), damaged).showAndRestore(stage, data,
                    org.medaid.desk.recovery.DamagedStoreDialog.storeOpening(data));
            Platform.exit();
            return;
        }
        String folder = String.valueOf(org.medaid.store.DataFolder.resolve());
        String message = error instanceof StoreException && String.valueOf(error.getMessage()).contains("in use")
                ? texts.format("error.inUse", folder)
                : texts.format("error.openDatabase", folder, error.getMessage());
        Errors.show(stage, texts, texts.get("common.error.header"), message, error);
        Platform.exit();
    }

    private static String version() {
        String v = DeskWindow.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Adds sections from elsewhere (issue #4's 费用, 审批, 报表); run each time the sections are (re)built. */
    /**
     * The session of who logged in (ADR 0034): every store call of every screen is made with it, and the
     * status bar shows {@code status}. Before a login the status bar says nobody is logged in.
     */
    public void signIn(org.medaid.session.Session session, String status) {
        signedIn = session;
        signedInStatus = status;
        mainModel.operatorProperty().set(status);
    }

    /** Log-out: the status bar shows nobody; store calls are refused until the next login. */
    public void signOut() {
        signedIn = null;
        signedInStatus = texts.get("status.nobody");
        mainModel.operatorProperty().set(signedInStatus);
    }

    /** Rebuilds every section in the current language (after a switch of user: nothing of the last one stays). */
    public void rebuild() {
        build(texts.locale());
    }

    /** A control in the status bar beside who is logged in (the 账户 menu); for {@link #addSections} hooks. */
    public void addStatusControl(javafx.scene.Node control) {
        mainView.addStatusControl(control);
    }

    /** The session store calls are made with (null before a login: the services refuse). */
    public org.medaid.session.Session currentSession() {
        return signedIn;
    }

    public void addSections(java.util.function.Consumer<DeskWindow> hook) {
        sectionHooks.add(hook);
    }

    /** Registers a section's page; for {@link #addSections} hooks. */
    public void setSection(Section s, java.util.function.Supplier<javafx.scene.Node> page, Runnable shown) {
        mainView.setSection(s, page, shown);
    }

    /** The page registered for {@code s} so far (null: none); a hook may show it beside its own. */
    public java.util.function.Supplier<javafx.scene.Node> page(Section s) {
        return mainView.page(s);
    }

    public Runnable shown(Section s) {
        return mainView.shown(s);
    }

    public org.medaid.desk.task.TaskExecutor executor() {
        return executor;
    }

    public Stage stage() {
        return stage;
    }

    /** The 人员 section (the screenshot tour and GUI tests drive it). */
    public PeopleSection people() {
        return people;
    }

    public MainViewModel model() {
        return mainModel;
    }

    public Scene scene() {
        return scene;
    }

    public Texts texts() {
        return texts;
    }
}
