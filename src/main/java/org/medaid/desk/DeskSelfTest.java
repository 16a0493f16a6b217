package org.medaid.desk;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.DeskSettings;
import org.medaid.desk.common.Texts;
import org.medaid.desk.main.MainView;
import org.medaid.desk.main.MainViewModel;
import org.medaid.desk.person.HeadPicker;
import org.medaid.desk.person.PersonView;
import org.medaid.desk.person.PersonViewModel;
import org.medaid.desk.person.PolicySummaries;
import org.medaid.desk.roster.RosterView;
import org.medaid.desk.roster.RosterViewModel;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.roster.RosterQuery;
import org.medaid.store.Database;

/**
 * The desk's part of {@code --self-test} (called by {@code org.medaid.app.SelfTest} by reflection): the
 * screen text is complete in both languages, a new store migrates and answers the roster, and, where a
 * display is available, the main views load from their FXML off screen in both languages.
 */
public final class DeskSelfTest {

    private DeskSelfTest() {
    }

    public static void run(PrintStream out) {
        checkTexts();
        out.println("desk: screen text complete in Chinese and English");
        Path folder = tempFolder();
        try (Database db = Database.open(folder)) {
            DeskServices services = DeskBootstrap.services(db, Clock.systemDefaultZone());
            int people = services.roster().count(RosterQuery.all(services.today()));
            out.println("desk: new store at schema " + services.schemaVersion() + ", roster answers (" + people + " people)");
            out.println(viewsLoad(services) ? "desk: main window and forms built off screen"
                    : "desk: no display here, window check skipped");
        } finally {
            delete(folder);
        }
    }

    /** Every key of the Chinese file is in the English one and the other way round. */
    static void checkTexts() {
        Set<String> zh = new TreeSet<>(Texts.load(DeskSettings.CHINESE).bundle().keySet());
        Set<String> en = new TreeSet<>(Texts.load(DeskSettings.ENGLISH).bundle().keySet());
        Set<String> missing = new TreeSet<>(zh);
        missing.removeAll(en);
        Set<String> extra = new TreeSet<>(en);
        extra.removeAll(zh);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            throw new IllegalStateException("screen text differs between languages: only Chinese " + missing
                    + ", only English " + extra);
        }
    }

    /** False when JavaFX cannot start (no display); a view that fails to build throws. */
    private static boolean viewsLoad(DeskServices services) {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit runs already (a test, or the desk itself): build on it
        } catch (RuntimeException | UnsatisfiedLinkError noDisplay) {
            return false;
        }
        CompletableFuture<Void> built = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                for (Locale locale : new Locale[] {DeskSettings.CHINESE, DeskSettings.ENGLISH}) {
                    build(services, Texts.load(locale));
                }
                built.complete(null);
            } catch (RuntimeException | Error e) {
                built.completeExceptionally(e);
            }
        });
        try {
            built.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a desk view does not build: " + e.getCause(), e.getCause());
        } catch (java.util.concurrent.TimeoutException | InterruptedException e) {
            throw new IllegalStateException("the desk views did not build within a minute", e);
        }
        return true;
    }

    private static void build(DeskServices s, Texts texts) {
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        new MainView(new MainViewModel(), texts, "self-test");
        new RosterView(new RosterViewModel(s.roster(), executor, s::today, RosterViewModel.DEFAULT_PAGE_SIZE), texts);
        PersonViewModel person = new PersonViewModel(s.people(), new PolicySummaries(s::policies, texts), s.regions(),
                executor, texts, s::today, () -> "self-test");
        person.startNew();
        new PersonView(person, new HeadPicker(s.roster(), executor, texts, s::today));
    }

    private static Path tempFolder() {
        try {
            return Files.createTempDirectory("medaid-self-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind does no harm
        }
    }
}
