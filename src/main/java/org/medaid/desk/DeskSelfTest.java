package org.medaid.desk;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.medaid.backup.BackupResult;
import org.medaid.backup.BackupService;
import org.medaid.desk.common.DeskServices;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.common.Texts;
import org.medaid.sample.SampleScenario;

import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.shell.MainView;
import org.medaid.desk.shell.MainViewModel;
import org.medaid.desk.person.HeadPickerView;
import org.medaid.desk.person.PersonView;
import org.medaid.desk.person.PersonViewModel;
import org.medaid.desk.person.PolicySummaries;
import org.medaid.desk.roster.RosterView;
import org.medaid.desk.roster.RosterViewModel;
import org.medaid.desk.shell.StartupTiming;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.identity.PolicyArea;
import org.medaid.model.Labels;
import org.medaid.store.Database;

/**
 * The desk's part of {@code --self-test} (called by {@code org.medaid.app.SelfTest}): the screen text is
 * complete in Chinese and English; in a temporary folder, a store is opened (every migration runs), the
 * sample township and its bills are loaded (each bill validated and its year computed), a backup is written
 * and verified, and, where a JavaFX toolkit can start headless (Monocle), the main window and the
 * first-run window are built off screen and the roster's first page is read through them, and the main
 * views are built from their FXML in both languages. One line per check; any failure is thrown, and the
 * launcher exits non-zero.
 */
public final class DeskSelfTest {

    private DeskSelfTest() {
    }

    public static void run(PrintStream out) throws Exception {
        checkTexts(Texts.BUNDLE);
        out.println("screen text: complete in Chinese and English");
        Path folder = Files.createTempDirectory("medaid-self-test");
        Preferences prefs = Preferences.userRoot().node("org/medaid/desk-self-test/" + UUID.randomUUID());
        try (Database db = Database.open(folder.resolve("data"), org.medaid.security.StoreKey.random())) {
            out.println("store: opened encrypted in a temporary folder, schema at version " + db.schemaVersion());
            DeskServices services = DeskServices.over(db, Clock.systemDefaultZone());
            long t = System.nanoTime();
            Clock day = Clock.fixed(java.time.Instant.now(), java.time.ZoneId.systemDefault());
            SampleScenario.Loaded loaded = SampleScenario.of("371321", java.time.LocalDate.now(day), org.medaid.policy.WorkingCalendar.bundled())
                    .load(db, services.policies(), org.medaid.policy.WorkingCalendar.bundled(), day);
            int people = loaded.people();
            int bills = loaded.bills();
            out.println("sample: " + people + " people and " + bills + " bills of the linyi township loaded in " + millis(t) + " ms");
            org.medaid.store.AuditCheck audit = db.verifyAudit();
            if (!audit.intact()) {
                throw new IllegalStateException("audit chain: " + audit.sentence(java.util.Locale.ENGLISH));
            }
            out.println("audit: hash chain verified, " + audit.rows() + " rows (ADR 0035)");
            BackupResult backup = new BackupService(Clock.systemDefaultZone(), "self-test").backup(db, folder.resolve("backups"), "medaid");
            out.println("backup: written and verified, " + backup.manifest().tables().size() + " tables, "
                    + backup.manifest().totalRows() + " rows");
            if (headlessToolkit()) {
                windows(out, services, db, new DeskSettings(prefs));
            } else {
                out.println("desk window: skipped, no headless JavaFX toolkit (Monocle) in this build");
            }
        } finally {
            removeQuietly(prefs);
            deleteQuietly(folder);
        }
    }

    /** Monocle's headless platform, when it is on the class path; the system properties are set before the toolkit starts. */
    static boolean headlessToolkit() {
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory", false, DeskSelfTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return false;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        return true;
    }

    private static void windows(PrintStream out, DeskServices services, Database db, DeskSettings settings) throws Exception {
        long t = System.nanoTime();
        CompletableFuture<Void> started = new CompletableFuture<>();
        boolean ownToolkit = true;
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            // inside a test run the toolkit is up already; use it and leave it running
            ownToolkit = false;
            started.complete(null);
        }
        SelfTestWait.await(started, "the JavaFX toolkit to start", out);
        out.println("javafx: headless toolkit " + (ownToolkit ? "started in " + millis(t) + " ms" : "already running"));
        settings.setArea(PolicyArea.LINYI);
        StartupTiming timing = new StartupTiming(System.nanoTime(), false);
        CompletableFuture<Long> firstPage = timing.firstPageArrival();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Consumer<Throwable> failed = e -> {
            failure.compareAndSet(null, e);
            firstPage.completeExceptionally(e);
        };
        AtomicReference<FxTaskExecutor> executor = new AtomicReference<>();
        List<Stage> stages = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> built = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                FxTaskExecutor ex = new FxTaskExecutor(failed);
                executor.set(ex);
                Stage main = new Stage();
                stages.add(main);
                DeskWindow window = new DeskWindow(main, settings, timing);
                window.open(ex);
                window.attach(services);
                Stage wizard = StartUp.wizard(main, ex, db, services, settings, (s, o) -> { }).stage();
                stages.add(wizard);
                wizard.getScene().getRoot().applyCss();
                built.complete(null);
            } catch (RuntimeException | Error e) {
                built.completeExceptionally(e);
            }
        });
        try {
            SelfTestWait.await(built, "the main window and the first-run window to be built", out);
            long ms = SelfTestWait.await(firstPage, "the roster's first page", out);
            if (failure.get() != null) {
                throw new IllegalStateException("desk window: " + failure.get(), failure.get());
            }
            out.println("desk window: main window and first-run window built off screen, roster's first page in " + ms + " ms");
            viewsInBothLanguages(services, out);
            out.println("desk views: main, login, roster and person form built from their FXML in Chinese and English");
        } finally {
            // The toolkit is left running: the launcher ends the process after the last check, and a
            // test run goes on using it. Closing the last window must not end it either.
            CompletableFuture<Void> closed = new CompletableFuture<>();
            Platform.runLater(() -> {
                boolean implicitExit = Platform.isImplicitExit();
                Platform.setImplicitExit(false);
                stages.forEach(Stage::close);
                if (executor.get() != null) {
                    executor.get().shutdown();
                }
                Platform.setImplicitExit(implicitExit);
                closed.complete(null);
            });
            SelfTestWait.await(closed, "the windows to close", out);
        }
    }

    /** Every key of the Chinese file is in the English one and the other way round. */
    static void checkTexts(String bundle) {
        Set<String> zh = new TreeSet<>(ResourceBundle.getBundle(bundle, DeskSettings.CHINESE, Labels.NO_FALLBACK).keySet());
        Set<String> en = new TreeSet<>(ResourceBundle.getBundle(bundle, DeskSettings.ENGLISH, Labels.NO_FALLBACK).keySet());
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        if (!onlyZh.isEmpty() || !onlyEn.isEmpty()) {
            throw new IllegalStateException(bundle + ": screen text differs between languages: only Chinese " + onlyZh
                    + ", only English " + onlyEn);
        }
    }

    /** The main views load from their FXML in both languages (a missing key or a broken FXML throws). */
    private static void viewsInBothLanguages(DeskServices s, PrintStream out) throws Exception {
        CompletableFuture<Void> built = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                for (Locale locale : new Locale[] {DeskSettings.CHINESE, DeskSettings.ENGLISH}) {
                    Texts texts = Texts.load(locale);
                    SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
                    new MainView(new MainViewModel(), texts, "self-test");
                    // the login window's view too: its classes then come from the desk's archive (ADR 0081)
                    new org.medaid.desk.login.LoginView(new org.medaid.desk.login.LoginViewModel(s.auth(), executor, texts));
                    new RosterView(new RosterViewModel(s.roster(), executor, s::today, RosterViewModel.DEFAULT_PAGE_SIZE), texts);
                    PersonViewModel person = new PersonViewModel(s.people(), new PolicySummaries(s::policies, texts), s.regions(),
                            executor, texts, s::today, () -> null);
                    person.startNew();
                    new PersonView(person, new HeadPickerView(s.roster(), executor, texts, s::today));
                }
                built.complete(null);
            } catch (RuntimeException | Error e) {
                built.completeExceptionally(e);
            }
        });
        SelfTestWait.await(built, "the desk views to build from their FXML", out);
    }

    private static org.medaid.desk.task.TaskProgress silent() {
        return new org.medaid.desk.task.TaskProgress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static void removeQuietly(Preferences prefs) {
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // a leftover empty node in the user's preferences is harmless
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var all = Files.walk(folder)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // the system cleans its temporary folder
        }
    }
}
