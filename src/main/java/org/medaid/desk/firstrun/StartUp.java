package org.medaid.desk.firstrun;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import javafx.stage.Stage;
import org.medaid.backup.BackupException;
import org.medaid.backup.CountyPolicies;
import org.medaid.backup.DataSettings;
import org.medaid.backup.RestoreService;
import org.medaid.desk.DeskBootstrap;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.DeskSettings;
import org.medaid.desk.login.DeskLogin;
import org.medaid.desk.main.DeskWindow;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.store.Database;
import org.medaid.store.StoreException;
import org.medaid.users.AuthService;

/**
 * What the desk's bootstrap calls around opening the store: before, the data folder chosen in the
 * settings and a restore staged for this start; after, the first run when the store has no users yet,
 * then the desk's own sections, and the backup on exit.
 */
public final class StartUp {

    /** A desk restarted after a restore waits this long for the old one to let go of the data folder. */
    private static final long RESTART_WAIT_MILLIS = 15_000;

    private StartUp() {
    }

    /** On the worker thread: applies the stored settings and a staged restore, then opens the store. */
    public static Database openStore() {
        Path folder = DataSettings.forUser().applyAtStart();
        boolean restarted = System.getenv(Restart.ENV) != null;
        long until = System.currentTimeMillis() + (restarted ? RESTART_WAIT_MILLIS : 0);
        while (true) {
            try {
                RestoreService.applyPending(folder);
                return org.medaid.desk.recovery.DamagedStoreDialog.storeOpening(folder).open(folder);
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
     * On the FX thread, once the store is open: shows the first run when nobody has an account yet, then
     * the login (issue #4), and hands the desk its services (rebuilt after the first run, so confirmed figures are in the policies).
     * The first run replaces the desk's own first-start offer of a sample township.
     */
    public static void afterOpen(DeskWindow window, TaskExecutor executor, Database db, DeskServices services) {
        Stage stage = (Stage) window.scene().getWindow();
        window.setOfferSamples(false);
        ExitBackup.install(stage, executor, db, DataSettings.forUser());
        executor.submit(BackgroundTask.of("check users", p -> new AuthService(db).hasUsers()).onSuccess(hasUsers -> {
            if (hasUsers) {
                DeskLogin.start(window, db, services);
            } else {
                DeskSettings settings = DeskSettings.forUser();
                FirstRunTexts texts = FirstRunTexts.load(settings.locale());
                wizard(stage, executor, db, services, settings, (rebuilt, outcome) -> {
                    // the status bar shows the county's region and the administrator from now on
                    window.model().areaProperty().set(settings.area().orElse(null));
                    window.model().operatorProperty().set(settings.operator());
                    DeskLogin.start(window, db, rebuilt);
                    window.model().messageProperty().set(outcome.samplePeople() > 0
                            ? texts.format("firstrun.done.sample", outcome.samplePeople(), outcome.sampleBills())
                            : texts.get("firstrun.done"));
                }).show();
            }
        }));
    }

    /** The first-run wizard over {@code db}; when it is done the desk gets services with the county's policies. */
    public static FirstRunWizard wizard(Stage owner, TaskExecutor executor, Database db, DeskServices services,
            DeskSettings settings, BiConsumer<DeskServices, FirstRunSetup.Outcome> done) {
        FirstRunTexts texts = FirstRunTexts.load(settings.locale());
        CountyPolicies county = new CountyPolicies(db.folder());
        LocalDate today = services.today();
        String confirmedBy = texts.format("firstrun.confirmedBy", today.toString());
        FirstRunModel model = new FirstRunModel(new CountyStep(services.regions(), county.registry(), today),
                new FiguresStep(county, new FigureLabels(texts)), new SampleStep(services.samples()),
                new FirstRunSetup(db, services.clock(), settings, confirmedBy), texts);
        return new FirstRunWizard(owner, model, texts, executor, db.folder(), outcome -> executor.submit(
                BackgroundTask.of("open desk", p -> DeskBootstrap.services(db, services.clock()))
                        .onSuccess(rebuilt -> done.accept(rebuilt, outcome))));
    }
}
