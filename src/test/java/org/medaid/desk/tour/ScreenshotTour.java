package org.medaid.desk.tour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.DeskServices;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.common.Snapshots;
import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.common.Section;
import org.medaid.desk.shell.StartupTiming;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.store.Database;

/**
 * Walks the real desk through the path under a display (Xvfb) and writes a PNG of each
 * screen: first start with the sample township, the roster, a search by pinyin initials, a person with two
 * categories, a bad ID number, the import of a sample list, the premium list, the settings. Run:
 * {@code xvfb-run -a -s "-screen 0 1400x900x24" mvn -o -q test-compile exec:java
 * -Dexec.mainClass=org.medaid.desk.tour.ScreenshotTour -Dexec.args="docs/screenshots"} (add {@code en} for English).
 */
public final class ScreenshotTour {

    private static Path out;
    private static DeskWindow window;
    private static Stage stage;

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("medaid-tour");
        Database db = Database.open(data);
        DeskServices services = DeskServices.over(db, Clock.systemDefaultZone());
        Preferences prefs = Preferences.userRoot().node("org/medaid/desk-tour");
        DeskSettings settings = new DeskSettings(prefs);
        settings.setLocale(args.length > 1 && "en".equals(args[1]) ? DeskSettings.ENGLISH : DeskSettings.CHINESE);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            stage = new Stage();
            window = new DeskWindow(stage, settings, new StartupTiming(System.nanoTime(), false));
            window.open(new FxTaskExecutor(Throwable::printStackTrace));
            window.attach(services);
            started.countDown();
        });
        started.await(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
        pause(1500);
        firstStart();
        shoot(window.scene(), "roster.png");
        fx(() -> type(window.scene(), "#searchField", "zs"));
        pause(1200);
        shoot(window.scene(), "roster-search.png");
        fx(() -> type(window.scene(), "#searchField", ""));
        personForm();
        importList();
        fx(() -> window.model().select(Section.REPORTS));
        pause(2000);
        fx(() -> {
            @SuppressWarnings("unchecked")
            var list = (javafx.scene.control.ListView<org.medaid.desk.reports.ReportEntry>) window.scene().lookup("#reportList");
            list.getItems().stream().filter(x -> x.id().equals("premium")).findFirst()
                    .ifPresent(x -> list.getSelectionModel().select(x));
        });
        pause(1500);
        fx(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.Spinner<Integer> year = (javafx.scene.control.Spinner<Integer>) window.scene().lookup("#yearSpinner");
            year.getValueFactory().setValue(2024);
            ((Button) window.scene().lookup("#queryButton")).fire();
        });
        pause(3000);
        shoot(window.scene(), "premium-list.png");
        fx(() -> {
            @SuppressWarnings("unchecked")
            var list = (javafx.scene.control.ListView<org.medaid.desk.reports.ReportEntry>) window.scene().lookup("#reportList");
            list.getItems().stream().filter(x -> x.id().equals("insurance")).findFirst()
                    .ifPresent(x -> list.getSelectionModel().select(x));
        });
        pause(3000);
        shoot(window.scene(), "insurance-ledger.png");
        fx(() -> window.model().select(Section.SETTINGS));
        pause(800);
        shoot(window.scene(), "settings.png");
        fx(Platform::exit);
        db.close();
        prefs.removeNode();
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        System.out.println("screenshots in " + out);
        System.exit(0);
    }

    /** The sample township of Linyi, as the first-run wizard's sample step loads it. */
    private static void firstStart() throws Exception {
        DeskServices services = window.services();
        org.medaid.sample.SampleScenario.of("371321", services.today(), org.medaid.policy.WorkingCalendar.bundled())
                .load(services.database(), services.policies(), org.medaid.policy.WorkingCalendar.bundled(), services.clock());
        fx(() -> window.people().reloadRoster());
        pause(1500);
    }

    private static void personForm() throws Exception {
        fx(() -> window.people().newPerson());
        pause(800);
        fx(() -> {
            Scene s = window.scene();
            type(s, "#nameField", "王秀英");
            type(s, "#idField", org.medaid.identity.IdNumbers.compose("371321", java.time.LocalDate.of(1958, 3, 14), 202));
            type(s, "#townshipField", "双堠镇");
            type(s, "#villageField", "前岭村");
            type(s, "#phoneField", "13905391234");
        });
        pause(800);
        Platform.runLater(() -> ((Button) window.scene().lookup("#addCategoryButton")).fire());
        pause(800);
        fx(() -> {
            Scene d = newestDialog();
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<org.medaid.model.Category> code =
                    (javafx.scene.control.ComboBox<org.medaid.model.Category>) d.lookup("#categoryCode");
            code.setValue(org.medaid.model.Category.MINIMUM_LIVING);
            ((TextField) d.lookup("#categoryDocument")).setText("沂南民发〔2023〕15号");
        });
        pause(300);
        shootDialog("category-dialog.png");
        Platform.runLater(() -> ((Button) window.scene().lookup("#headPick")).fire());
        pause(800);
        fx(() -> ((TextField) newestDialog().lookup("#headSearch")).setText("zs"));
        pause(1000);
        shootDialog("head-picker.png");
        fx(() -> TourPeople.addCategories(window));
        pause(1200);
        shoot(window.scene(), "person-form.png");
        fx(() -> window.people().currentPerson().save());
        pause(1500);
        shoot(window.scene(), "person-saved.png");
        fx(() -> type(window.scene(), "#idField", "37132119580314202X"));
        pause(800);
        shoot(window.scene(), "person-bad-id.png");
        fx(() -> window.people().backToRoster());
        pause(800);
    }

    private static void importList() throws Exception {
        Path list = Path.of("samples/lists/linyi-2024-06-full.csv").toAbsolutePath();
        Stage[] wizard = new Stage[1];
        fx(() -> wizard[0] = window.people().openImport());
        pause(500);
        fx(() -> ((TextField) wizard[0].getScene().lookup("#fileField")).setText(list.toString()));
        shoot(wizard[0].getScene(), "import-file.png");
        fx(() -> ((Button) wizard[0].getScene().lookup("#nextButton")).fire());
        pause(1500);
        shoot(wizard[0].getScene(), "import-mapping.png");
        fx(() -> ((Button) wizard[0].getScene().lookup("#nextButton")).fire());
        pause(3000);
        shoot(wizard[0].getScene(), "import-preview.png");
        fx(() -> ((javafx.scene.control.ButtonBase) wizard[0].getScene().lookup("#filterREJECT")).fire());
        pause(500);
        shoot(wizard[0].getScene(), "import-rejected.png");
        fx(() -> ((Button) wizard[0].getScene().lookup("#nextButton")).fire());
        pause(3000);
        shoot(wizard[0].getScene(), "import-done.png");
        fx(() -> wizard[0].close());
        pause(500);
    }

    /** The scene of the dialog opened last (a form dialog waits in its own event loop). */
    private static Scene newestDialog() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w instanceof Stage)
                .reduce((a, b) -> b).orElseThrow().getScene();
    }

    /** Photographs the open dialog, then closes it with its cancel button. */
    private static void shootDialog(String name) throws Exception {
        Scene[] d = new Scene[1];
        fx(() -> d[0] = newestDialog());
        shoot(d[0], name);
        fx(() -> d[0].getRoot().lookupAll(".button").stream().map(Button.class::cast)
                .filter(Button::isCancelButton).findFirst().ifPresent(Button::fire));
        pause(500);
    }

    static void type(Scene scene, String selector, String text) {
        ((TextField) scene.lookup(selector)).setText(text);
    }

    private static void shoot(Scene scene, String name) throws Exception {
        fx(() -> Snapshots.write(scene, out.resolve(name)));
        System.out.println("wrote " + name);
    }

    static void fx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
    }

    static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }
}
