package org.medaid.desk.firstrun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.medaid.desk.DeskBootstrap;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.DeskSettings;
import org.medaid.desk.common.Snapshots;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.store.Database;

/**
 * Walks the first-run wizard under a display (Xvfb) and writes a PNG of each page:
 * {@code xvfb-run -a -s "-screen 0 1400x900x24" mvn -o -q exec:java
 * -Dexec.mainClass=org.medaid.desk.firstrun.FirstRunTour -Dexec.args=docs/screenshots}.
 */
public final class FirstRunTour {

    private static FirstRunWizard wizard;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        Files.createDirectories(out);
        Database db = Database.open(Files.createTempDirectory("medaid-firstrun-tour"));
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        DeskServices services = DeskBootstrap.services(db, clock);
        Preferences prefs = Preferences.userRoot().node("org/medaid/desk-firstrun-tour");
        DeskSettings settings = new DeskSettings(prefs);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            FxTaskExecutor executor = new FxTaskExecutor(Throwable::printStackTrace);
            wizard = StartUp.wizard(new Stage(), executor, db, services, settings, s -> { });
            wizard.show();
            started.countDown();
        });
        started.await(30, TimeUnit.SECONDS);
        FirstRunModel m = wizard.model();
        pause(1500);
        fx(() -> m.county().queryProperty().set("lsq"));
        pause(400);
        fx(() -> m.county().queryProperty().set("3713"));
        fx(() -> m.county().choose("371302"));
        pause(800);
        shoot(out, "firstrun-1-county.png");
        fx(m::next);
        fx(() -> {
            m.admin().displayNameProperty().set("李文静");
            m.admin().passwordProperty().set("lanshan2026");
            m.admin().repeatProperty().set("lanshan202");
        });
        pause(800);
        shoot(out, "firstrun-2-admin.png");
        fx(() -> m.admin().repeatProperty().set("lanshan2026"));
        fx(m::next);
        fx(() -> {
            m.figures().row("basic.table[1].rate").orElseThrow().useOwn("80");
            m.figures().row("basic.table[0].rate").orElseThrow().confirmDefault();
            m.figures().row("criticalIllness.tracks[0].groups[1].cap").orElseThrow().confirmDefault();
            @SuppressWarnings("unchecked")
            TableView<FigureRow> t = (TableView<FigureRow>) wizard.stage().getScene().lookup(".figures-table");
            t.getSelectionModel().select(2);
        });
        pause(900);
        shoot(out, "firstrun-3-figures.png");
        fx(m::next);
        pause(800);
        shoot(out, "firstrun-4-sample.png");
        fx(Platform::exit);
        db.close();
        prefs.removeNode();
        System.exit(0);
    }

    private static void shoot(Path out, String name) throws Exception {
        fx(() -> Snapshots.write(wizard.stage().getScene(), out.resolve(name)));
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
