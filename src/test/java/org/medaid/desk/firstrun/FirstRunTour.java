package org.medaid.desk.firstrun;

import org.medaid.desk.StartUp;
import org.medaid.desk.common.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.backup.DataView;
import org.medaid.desk.backup.DataViewModel;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.Snapshots;
import org.medaid.desk.common.Styles;
import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.shell.StartupTiming;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.store.Database;

/**
 * Walks the first run under a display (Xvfb) over an empty store, as a new clerk would, and writes a PNG of
 * each page, of 完成 while the sample loads, of the desk with the sample township, and of the data card of
 * 设置: {@code xvfb-run -a -s "-screen 0 1400x900x24" mvn -o -q exec:java
 * -Dexec.mainClass=org.medaid.desk.firstrun.FirstRunTour -Dexec.args=docs/screenshots}; with a county code
 * after the folder ({@code "docs/screenshots 450126"}) only the first page, for that county.
 */
public final class FirstRunTour {

    private static FirstRunWizardView wizard;
    private static DeskWindow window;
    private static Stage dataStage;
    private static volatile boolean attached;
    private static DataView pane;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("medaid-firstrun-tour");
        Database db = Database.open(data);
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        DeskServices services = DeskServices.over(db, clock);
        Preferences prefs = Preferences.userRoot().node("org/medaid/desk-firstrun-tour");
        DeskSettings settings = new DeskSettings(prefs);
        settings.setLocale(DeskSettings.CHINESE);
        FxTaskExecutor[] executor = new FxTaskExecutor[1];
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            executor[0] = new FxTaskExecutor(Throwable::printStackTrace);
            Stage stage = new Stage();
            window = new DeskWindow(stage, settings, new StartupTiming(System.nanoTime(), false));
            window.open(executor[0]);
            wizard = StartUp.wizard(stage, executor[0], db, services, settings, (s, o) -> {
                window.model().areaProperty().set(settings.area().orElse(null));
                // the desk asks for the login after the wizard (StartUp, DeskLogin): the picture shows the desk
                // as the administrator who was just made sees it after logging in, never a desk without a user
                String login = wizard.model().admin().loginProperty().get();
                window.attach(s, s.auth().login(login, "yinan2026wj".toCharArray()).orElseThrow());
                window.model().messageProperty().set(Texts.load(DeskSettings.CHINESE)
                        .format("firstrun.done.sample", o.samplePeople(), o.sampleBills()));
                attached = true;
            });
            wizard.show();
            started.countDown();
        });
        started.await(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
        FirstRunViewModel m = wizard.model();
        pause(1500);
        if (args.length > 1) {
            // a second county only for its first page: 450126 shows a region whose policy has ended
            fx(() -> m.county().queryProperty().set(args[1]));
            fx(() -> m.county().choose(args[1]));
            pause(800);
            shoot(wizard.stage().getScene(), out, "firstrun-1-county-" + args[1] + ".png");
            fx(Platform::exit);
            executor[0].shutdown();
            db.close();
            prefs.removeNode();
            System.exit(0);
        }
        fx(() -> m.county().queryProperty().set("3713"));
        fx(() -> m.county().choose("371321"));
        pause(800);
        shoot(wizard.stage().getScene(), out, "firstrun-1-county.png");
        fx(m::next);
        fx(() -> {
            m.admin().displayNameProperty().set("李文静");
            m.admin().passwordProperty().set("yinan2026wj");
            m.admin().repeatProperty().set("yinan2026w");
        });
        pause(800);
        shoot(wizard.stage().getScene(), out, "firstrun-2-admin.png");
        fx(() -> m.admin().repeatProperty().set("yinan2026wj"));
        fx(m::next);
        fx(() -> {
            m.figures().row("basic.table[0].deductible").orElseThrow().confirmDefault();
            m.figures().row("basic.table[0].rate").orElseThrow().useOwn("80");
            m.figures().row("basic.table[1].deductible").orElseThrow().confirmDefault();
            @SuppressWarnings("unchecked")
            TableView<FigureRow> t = (TableView<FigureRow>) wizard.stage().getScene().lookup(".figures-table");
            t.getSelectionModel().select(3);
        });
        pause(900);
        shoot(wizard.stage().getScene(), out, "firstrun-3-figures.png");
        fx(m::next);
        fx(() -> m.sample().loadProperty().set(true));
        pause(800);
        shoot(wizard.stage().getScene(), out, "firstrun-4-sample.png");
        fx(() -> ((javafx.scene.control.Button) wizard.stage().getScene().lookup("#finishButton")).fire());
        pause(250);
        shoot(wizard.stage().getScene(), out, "firstrun-5-finishing.png");
        waitFor(() -> attached, org.medaid.Patience.SECONDS * 1000);
        pause(2500);
        shoot(window.scene(), out, "firstrun-6-desk.png");
        fx(() -> {
            Texts texts = Texts.load(DeskSettings.CHINESE);
            DataViewModel model = new DataViewModel(db, new DeskSettings(prefs), executor[0], texts, clock,
                    () -> org.medaid.session.TestSessions.as(db, "admin", org.medaid.session.Role.ADMINISTRATOR));
            pane = DataView.create(null, model, texts);
            Label title = new Label("设置");
            title.getStyleClass().add("page-title");
            VBox page = new VBox(title, pane.view());
            page.getStyleClass().add("page");
            dataStage = new Stage();
            Scene scene = new Scene(page, 980, 560);
            Styles.apply(scene);
            dataStage.setScene(scene);
            dataStage.show();
            model.backupNow(data.resolve("u-disk"));
        });
        pause(3000);
        shoot(dataStage.getScene(), out, "firstrun-7-settings-data.png");
        Path bogus = Files.writeString(data.resolve("照片.zip"), "not a backup");
        Platform.runLater(() -> pane.restoreFrom(bogus));
        pause(2500);
        fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() == null && s != dataStage && w.getScene().getRoot()
                        instanceof javafx.scene.control.DialogPane)
                .findFirst().ifPresent(w -> Snapshots.write(w.getScene(), out.resolve("firstrun-8-restore-refused.png"))));
        fx(Platform::exit);
        executor[0].shutdown();
        db.close();
        prefs.removeNode();
        System.exit(0);
    }

    private static void shoot(Scene scene, Path out, String name) throws Exception {
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

    static void waitFor(BooleanSupplier condition, long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
    }

    static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }
}
