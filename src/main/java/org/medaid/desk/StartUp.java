package org.medaid.desk;

import org.medaid.desk.backup.ExitBackup;
import org.medaid.desk.backup.Restart;
import org.medaid.desk.firstrun.*;
import org.medaid.desk.common.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import javafx.stage.Stage;
import org.medaid.backup.BackupException;
import org.medaid.backup.CountyPolicies;
import org.medaid.settings.DeskSettings;
import org.medaid.backup.RestoreService;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.login.DeskLogin;
import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.store.Database;
import org.medaid.store.StoreException;
import org.medaid.access.StoreAccess;

/**
 * What the desk's bootstrap calls around the store: before, the data folder chosen in the settings and
 * a restore staged for this start; then the first run for a new folder (a new encrypted store), the
 * login that opens the store (ADR 0033), the desk's own sections, and the backup on exit.
 */
public final class StartUp {

    /** A desk restarted after a restore waits this long for the old one to let go of the data folder. */
    private static final long RESTART_WAIT_MILLIS = 15_000;

    private StartUp() {
    }

    /**
     * On the worker thread: applies the stored settings and a staged restore, and returns the way into
     * the data folder's store. Nothing is opened: the encrypted store opens at login (ADR 0033).
     */
    public static StoreAccess prepare() {
        Path folder = DeskSettings.forUser().applyAtStart();
        boolean restarted = System.getenv(Restart.ENV) != null;
        long until = System.currentTimeMillis() + (restarted ? RESTART_WAIT_MILLIS : 0);
        while (true) {
            try {
                RestoreService.applyPending(folder);
                // ADR 0090: the first page shows while the store's full check runs; nothing is written before it passed
                return new StoreAccess(folder, Clock.systemDefaultZone()).checkingAfterTheFirstPage();
            } catch (RuntimeException e) {
                if (System.currentTimeMillis() > until || !isInUse(e)) {
                    throw e;
                }
                pause();
            }
        }
    }

    /**
     * The old desk still holds the folder: H2 says the database is in use or, on Windows, the staged restore
     * cannot replace the file yet.
     */
    private static boolean isInUse(RuntimeException e) {
        return e instanceof StoreException && String.valueOf(e.getMessage()).contains("in use")
                || e instanceof BackupException;
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * On the FX thread once the data folder is known: a new folder gets a new encrypted store and the
     * first-run wizard, then the login; any other goes straight to the login, which opens the store.
     * {@code opened} gets the store and its services when it is open (for the data pane and the exit backup).
     */
    public static void begin(DeskWindow window, TaskExecutor executor, StoreAccess access,
            BiConsumer<Database, DeskServices> opened) {
        Stage stage = (Stage) window.scene().getWindow();
        Clock clock = Clock.systemDefaultZone();
        java.util.concurrent.atomic.AtomicBoolean installed = new java.util.concurrent.atomic.AtomicBoolean();
        BiConsumer<Database, DeskServices> withExitBackup = (db, services) -> {
            if (installed.compareAndSet(false, true)) {
                ExitBackup.install(stage, executor, db, window.settings(), window.texts());
            }
            opened.accept(db, services);
        };
        // the status bar says what is true: the data folder is known, nothing is open yet
        window.model().dataFolderProperty().set(access.folder());
        executor.submit(BackgroundTask.of("check data folder", p -> access.state()).onSuccess(state -> {
            if (state != StoreAccess.State.FIRST_RUN) {
                DeskLogin.start(window, access, clock, withExitBackup);
                return;
            }
            window.model().waitingProperty().set(window.texts().get("status.firstRun"));
            executor.submit(BackgroundTask.of("new store", p -> {
                Database db = access.createNew();
                return DeskServices.over(db, clock);
            }).onSuccess(services -> {
                Database db = access.database().orElseThrow();
                DeskSettings settings = window.settings();
                Texts texts = Texts.load(settings.locale());
                FirstRunWizardView firstRun = wizard(stage, executor, db, services, settings, (rebuilt, outcome) -> {
                    // the status bar shows the county's region and the administrator from now on
                    window.model().areaProperty().set(settings.area().orElse(null));
                    DeskLogin.start(window, access, clock, withExitBackup);
                    window.model().messageProperty().set(outcome.samplePeople() > 0
                            ? texts.format("firstrun.done.sample", outcome.samplePeople(), outcome.sampleBills())
                            : texts.get("firstrun.done"));
                });
                firstRun.setOnRestore(() -> restoreOnNewPc(window, executor, access, opened, texts));
                firstRun.show();
            }).onFailure(window::cannotOpen));
        }).onFailure(window::cannotOpen));
    }

    /**
     * 从备份恢复 on a new PC (ADR 0054): the new store of the first run (no user in it yet) is given up, the
     * restore window takes a backup, and then the ordinary login opens it; 取消 starts the first run again.
     */
    private static void restoreOnNewPc(DeskWindow window, TaskExecutor executor, StoreAccess access,
            BiConsumer<Database, DeskServices> opened, Texts texts) {
        Stage stage = (Stage) window.scene().getWindow();
        executor.submit(BackgroundTask.run("give up the new store", access::abandonNew).onSuccess(x -> {
            var model = new org.medaid.desk.backup.NewDeskRestoreViewModel(org.medaid.desk.backup.NewDeskRestoreViewModel
                    .over(access, org.medaid.desk.backup.DataView.programVersion()), executor, texts);
            new org.medaid.desk.backup.NewDeskRestoreView(model).show(stage,
                    () -> begin(window, executor, access, opened),
                    () -> begin(window, executor, access, opened));
        }).onFailure(window::cannotOpen));
    }

    /** The first-run wizard over {@code db}; when it is done the desk gets services with the county's policies. */
    public static FirstRunWizardView wizard(Stage owner, TaskExecutor executor, Database db, DeskServices services,
            DeskSettings settings, BiConsumer<DeskServices, FirstRunSetup.Outcome> done) {
        Texts texts = Texts.load(settings.locale());
        CountyPolicies county = new CountyPolicies(db.folder());
        LocalDate today = services.today();
        String confirmedBy = texts.format("firstrun.confirmedBy", today.toString());
        FirstRunViewModel model = new FirstRunViewModel(new CountyViewModel(services.regions(), county.registry(), today),
                new FiguresViewModel(county, new FigureLabels(texts)), new SampleViewModel(services.samples()),
                new FirstRunSetup(db, services.clock(), settings, confirmedBy), texts);
        return new FirstRunWizardView(owner, model, texts, executor, db.folder(), outcome -> executor.submit(
                BackgroundTask.of("open desk", p -> DeskServices.over(db, services.clock()))
                        .onSuccess(rebuilt -> done.accept(rebuilt, outcome))));
    }
}
