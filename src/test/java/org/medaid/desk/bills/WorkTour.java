package org.medaid.desk.bills;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.common.Snapshots;
import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.common.Section;
import org.medaid.desk.shell.StartupTiming;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.identity.PolicyArea;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;

/**
 * Walks the issue-4 screens under a display (Xvfb) and writes a PNG of each, for docs/screenshots and for
 * looking at: {@code xvfb-run -a -s "-screen 0 1400x900x24" mvn -o -q exec:java
 * -Dexec.mainClass=org.medaid.desk.bills.WorkTour -Dexec.args=docs/screenshots}. Fictional people.
 */
public final class WorkTour {

    static Path out;
    static DeskWindow window;
    static ScreensFixture fx;

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        Files.createDirectories(out);
        fx = new ScreensFixture(Files.createTempDirectory("medaid-issue4-tour"));
        PersonRecord wang = fx.person("王秀英", ScreensFixture.LINYI, "前岭村", Category.MINIMUM_LIVING);
        fx.person("张淑芬", ScreensFixture.LINYI, "前岭村", Category.EXTREME_POOR);
        fx.person("李建国", ScreensFixture.LINYI, "后岭村");
        var march = fx.add(ScreensFixture.stay(wang.id(), LocalDate.of(2024, 3, 10), "12000.00", "1000.00", "5000.00"), fx.clerk);
        fx.add(ScreensFixture.stay(wang.id(), LocalDate.of(2024, 6, 20), "20000.00", "0.00", "10000.00"), fx.clerk);
        var wrong = fx.add(ScreensFixture.stay(wang.id(), LocalDate.of(2024, 8, 2), "3500.00", "200.00", "1800.00"), fx.clerk);
        fx.work.bills().voidBill(wrong.id(), wrong.version(), "与 3 月票据重复录入", fx.session("clerk1"));
        TourCases.fill(fx);
        Preferences prefs = Preferences.userRoot().node("org/medaid/desk-issue4-tour");
        DeskSettings settings = new DeskSettings(prefs);
        settings.setArea(PolicyArea.LINYI);
        settings.setLocale(DeskSettings.CHINESE);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            window = new DeskWindow(stage, settings, new StartupTiming(System.nanoTime(), false));
            window.open(new FxTaskExecutor(Throwable::printStackTrace));
            window.attach(fx.work, fx.as(fx.clerk).current());
            started.countDown();
        });
        started.await(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
        pause(1500);
        Steps.run(wang, march);
        fx(Platform::exit);
        fx.close();
        prefs.removeNode();
        System.out.println("screenshots in " + out);
        System.exit(0);
    }

    /** The slip of {@code bill} as the desk prints it, to look at as a PNG (pdftoppm). */
    static void writeSlipPdf(PersonRecord person, org.medaid.bills.StoredBill bill) throws Exception {
        var row = fx.work.ledger().year(person.id(), bill.settlementDate().getYear()).row(bill.id()).orElseThrow();
        var job = org.medaid.desk.preview.SlipJobs.slip(fx.work, fx.as(fx.clerk),
                new PrintSettings(Preferences.userRoot().node("org/medaid/desk-issue4-tour/pdf")), person, row);
        var rendered = job.renderer().render(org.medaid.print.PaperSize.A4, org.medaid.print.IdDisplay.MASKED);
        Files.write(out.resolve("issue4-slip.pdf"), rendered.document().pdf());
        System.out.println("wrote issue4-slip.pdf");
    }

    static void shoot(String name) throws Exception {
        fx(() -> Snapshots.write(window.scene(), out.resolve(name)));
        System.out.println("wrote " + name);
    }

    /** The topmost window that is not the desk's own (a dialog), as a PNG. */
    static void shootDialog(String name) throws Exception {
        fx(() -> {
            Window top = null;
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != window.scene()) {
                    top = w;
                }
            }
            Scene s = top == null ? window.scene() : top.getScene();
            Snapshots.write(s, out.resolve(name));
        });
        System.out.println("wrote " + name);
    }

    static void select(Section s) throws Exception {
        fx(() -> window.model().select(s));
    }

    static void fx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                e.printStackTrace();
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
