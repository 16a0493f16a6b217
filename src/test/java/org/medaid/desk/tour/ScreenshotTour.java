package org.medaid.desk.tour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.medaid.desk.DeskBootstrap;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.DeskSettings;
import org.medaid.desk.common.Snapshots;
import org.medaid.desk.main.DeskWindow;
import org.medaid.desk.main.StartupTiming;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.identity.PolicyArea;
import org.medaid.store.Database;

/**
 * Walks the real desk through its main screens under a display (Xvfb) and writes a PNG of each, for the
 * README and for looking at: {@code xvfb-run -a -s "-screen 0 1400x900x24" mvn -o -q exec:java
 * -Dexec.mainClass=org.medaid.desk.tour.ScreenshotTour -Dexec.args=docs/screenshots}.
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
        DeskServices services = DeskBootstrap.services(db, Clock.systemDefaultZone());
        TourData.enrol(services);
        Preferences prefs = Preferences.userRoot().node("org/medaid/desk-tour");
        DeskSettings settings = new DeskSettings(prefs);
        settings.setArea(PolicyArea.LINYI);
        settings.setOperator("李文静");
        settings.setLocale(DeskSettings.CHINESE);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            stage = new Stage();
            window = new DeskWindow(stage, settings, new StartupTiming(System.nanoTime(), false));
            FxTaskExecutor executor = new FxTaskExecutor(Throwable::printStackTrace);
            window.open(executor);
            window.attach(services);
            started.countDown();
        });
        started.await(30, TimeUnit.SECONDS);
        pause(2500);
        shoot("roster.png");
        fx(() -> window.people().newPerson());
        pause(800);
        fx(() -> {
            Scene s = window.scene();
            type(s, "#nameField", "王秀英");
            type(s, "#idField", TourData.id("371302", "19580314", 202));
            type(s, "#townshipField", "枣园镇");
            type(s, "#villageField", "前岭村");
            type(s, "#phoneField", "13905391234");
        });
        pause(800);
        fx(() -> TourData.addCategories(window));
        pause(1200);
        shoot("person-form.png");
        fx(() -> type(window.scene(), "#idField", "37130219580314202X"));
        pause(800);
        shoot("person-bad-id.png");
        fx(Platform::exit);
        db.close();
        prefs.removeNode();
        System.out.println("screenshots in " + out);
        System.exit(0);
    }

    static void type(Scene scene, String selector, String text) {
        ((TextField) scene.lookup(selector)).setText(text);
    }

    private static void shoot(String name) throws Exception {
        fx(() -> Snapshots.write(window.scene(), out.resolve(name)));
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
        done.await(30, TimeUnit.SECONDS);
    }

    static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }
}
