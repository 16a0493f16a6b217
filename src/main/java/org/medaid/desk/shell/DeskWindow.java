package org.medaid.desk.shell;

import org.medaid.desk.common.Section;
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
import org.medaid.settings.DeskSettings;
import org.medaid.desk.common.Errors;
import org.medaid.desk.common.Snapshots;
import org.medaid.desk.common.Styles;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.roster.RosterQuery;
import org.medaid.model.Labels;

/**
 * The desk's one window: builds the main view in the chosen language, gives each section its page once
 * the services exist, and rebuilds everything when the clerk switches language.
 */
public final class DeskWindow {

    private final Stage stage;
    private final DeskSettings settings;
    private final org.medaid.desk.common.Session session = new org.medaid.desk.common.Session();
    private org.medaid.desk.shell.DeskShell shell;
    private final StartupTiming timing;
    private String signedInStatus;
    private FxTaskExecutor executor;
    private DeskServices services;
    private Texts texts;
    private MainViewModel mainModel;
    private MainView mainView;
    private Scene scene;
    private PeopleSection people;
    private javafx.scene.Node statusControl;

    public DeskWindow(Stage stage, DeskSettings settings, StartupTiming timing) {
        this.stage = stage;
        this.settings = settings;
        this.timing = timing;
    }

    /**
     * The login window is on screen: for the start-up timing; once a frame with it has been drawn, the main view and
     * the roster's view are built behind it while the clerk types (ADR 0079, 0086: nothing but the login before the
     * login).
     */
    public void loginShown() {
        timing.loginShown();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> {
                ensureBuilt();
                ensurePeople();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /**
     * Shows the window at once, before the database is open, with a plain page: the main view (its FXML, menus and
     * status bar) is built once the login is drawn, or at the first attach (ADR 0086). The window's model and texts
     * exist from here on.
     */
    public void open(FxTaskExecutor taskExecutor) {
        this.executor = taskExecutor;
        Labels.setLocale(settings.locale());
        texts = Texts.load(settings.locale());
        mainModel = new MainViewModel();
        mainModel.areaProperty().set(settings.area().orElse(null));
        javafx.scene.layout.StackPane plain = new javafx.scene.layout.StackPane();
        scene = new Scene(plain);
        Styles.apply(scene);
        stage.setScene(scene);
        stage.setTitle(texts.get("app.title"));
        if (!session.isLoggedIn()) {
            signOut();
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(1100, screen.getWidth()));
        stage.setMinHeight(Math.min(700, screen.getHeight()));
        stage.setWidth(Math.min(1320, screen.getWidth()));
        stage.setHeight(Math.min(840, screen.getHeight()));
        stage.show();
        timing.windowShown();
        // the main view and the roster's view are built once the login is on screen (loginShown), or at the first attach
    }

    /** The main view in the window, built now if the window still shows its plain page. */
    private void ensureBuilt() {
        if (mainView == null) {
            build(texts.locale());
            org.medaid.logging.Timing.mark("desk: main view built");
        }
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
        Section current = mainView == null ? Section.PEOPLE : mainModel.sectionProperty().get();
        if (mainView != null) {
            // a rebuild (language, user): a fresh model; the first build keeps the one open() made
            mainModel = new MainViewModel();
        }
        mainModel.operatorProperty().set(signedInStatus);
        mainModel.areaProperty().set(settings.area().orElse(null));
        mainView = new MainView(mainModel, texts, version());
        mainView.bindBusy(executor.runningProperty());
        people = null;
        scene.setRoot(mainView.view());
        Styles.apply(mainView.view());
        scene.getAccelerators().clear();
        mainView.installShortcuts(scene);
        stage.setTitle(texts.get("app.title"));
        if (services != null) {
            populate();
            mainModel.sectionProperty().set(current);
        }
    }

    /**
     * The store is open and {@code login} logged in (ADR 0034): the shell lists the sections and cards for
     * this user, the roster loads its first page. Called again after a switch of user.
     */
    public void attach(DeskServices deskServices, org.medaid.session.Session login) {
        ensureBuilt();
        this.services = deskServices;
        if (login != null) {
            session.loggedIn(login);
        }
        shell = new org.medaid.desk.shell.DeskShell(this, deskServices, session,
                new org.medaid.desk.preview.PrintSettings(settings.node().node("print")));
        timing.databaseOpen();
        populate();
        org.medaid.logging.Timing.mark("desk: sections listed");
    }

    /** A note in the status bar beside the operator, until {@link #hideStatusNote} (the store's check, ADR 0090). */
    public void showStatusNote(javafx.scene.Node note) {
        ensureBuilt();
        mainView.addStatusControl(note);
    }

    public void hideStatusNote(javafx.scene.Node note) {
        if (mainView != null) {
            mainView.removeStatusControl(note);
        }
    }

    /** Completes when the roster's first page after the start is on screen (once per desk). */
    public java.util.concurrent.CompletableFuture<Long> firstPageArrival() {
        return timing.firstPageArrival();
    }

    /** The store without a login (the self-test builds the views; every store call is refused). */
    public void attach(DeskServices deskServices) {
        attach(deskServices, null);
    }

    private void populate() {
        mainModel.dataFolderProperty().set(services.dataFolder());
        signedInStatus = shell.status();
        mainModel.operatorProperty().set(signedInStatus);
        ensurePeople();
        people.start();
        for (org.medaid.desk.common.DeskSection section : shell.sections(people)) {
            mainView.setSection(section.slot(), section::view, section::shown);
        }
        if (statusControl != null) {
            mainView.addStatusControl(statusControl);
        }
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

    /** The default report for a failed task without its own failure handling. */
    public void showError(Throwable error) {
        Errors.show(stage, texts, texts.get("common.error.header"), Errors.describe(error, texts), error);
    }

    /** The database did not open: say why (in use, unreadable) and close the desk. */
    public void cannotOpen(Throwable error) {
        if (error instanceof org.medaid.recovery.DamagedStoreException damaged) {
            // ADR 0030: never started on; the newest verified backup is offered for the next start
            java.nio.file.Path data = org.medaid.store.DataFolder.resolve();
            new org.medaid.desk.recovery.DamagedStoreDialogView(texts.locale(), damaged).showAndRestore(stage, data,
                    org.medaid.desk.recovery.DamagedStoreDialogView.storeOpening(data));
            Platform.exit();
            return;
        }
        String folder = String.valueOf(org.medaid.store.DataFolder.resolve());
        String message = error instanceof org.medaid.store.StoreInUseException inUse
                ? texts.format("error.inUse", inUse.folder())
                : texts.format("error.openDatabase", folder, error.getMessage());
        Errors.show(stage, texts, texts.get("common.error.header"), message, error);
        Platform.exit();
    }

    private static String version() {
        String v = DeskWindow.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Log-out: the status bar shows nobody; store calls are refused until the next login. */
    public void signOut() {
        if (session.isLoggedIn()) {
            session.loggedOut();
        }
        signedInStatus = texts.get("status.nobody");
        mainModel.operatorProperty().set(signedInStatus);
    }

    /** Rebuilds every section in the current language (after a switch of user: nothing of the last one stays). */
    public void rebuild() {
        build(texts.locale());
    }

    /** Rebuilds every section in {@code locale} (the clerk chose another language in 设置). */
    public void rebuild(Locale locale) {
        build(locale);
    }

    /** The 账户 menu beside who is logged in; kept when the window is rebuilt. */
    public void setStatusControl(javafx.scene.Node control) {
        ensureBuilt();
        statusControl = control;
        mainView.addStatusControl(control);
    }

    /** The session store calls are made with (null before a login: the services refuse). */
    public org.medaid.session.Session currentSession() {
        return session.isLoggedIn() ? session.current() : null;
    }

    /** Who is logged in: the one session every screen acts with. */
    public org.medaid.desk.common.Session session() {
        return session;
    }

    /** The services over the open store (null before a login). */
    public DeskServices services() {
        return services;
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

    public DeskSettings settings() {
        return settings;
    }

    public Texts texts() {
        return texts;
    }
}
