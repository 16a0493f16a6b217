package org.medaid.desk.tour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.common.Section;
import org.medaid.desk.common.Snapshots;
import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.shell.StartupTiming;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.identity.PolicyArea;
import org.medaid.policy.WorkingCalendar;
import org.medaid.sample.SampleScenario;
import org.medaid.settings.DeskSettings;
import org.medaid.store.PersonRecord;

/**
 * Screenshots of the screens the keyboard and internal-text work changed, over the sample township: a bill
 * whose 全自费 exceeds the total (the refusal where 政策范围内费用 was negative), the approval of a sample
 * case (author 样例数据), and the print preview with 打印 focused. Under a display:
 * {@code xvfb-run -a -s "-screen 0 1400x900x24" mvn -o -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.medaid.desk.tour.KeyboardPathsTour -Dexec.args=docs/screenshots}.
 */
public final class KeyboardPathsTour {

    private static DeskWindow window;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("medaid-keyboard-tour");
        ScreensFixture fx = new ScreensFixture(data);
        SampleScenario.of(ScreensFixture.LINYI, ScreensFixture.TODAY, WorkingCalendar.bundled())
                .load(fx.work.database(), fx.work.policies(), WorkingCalendar.bundled(), fx.work.clock());
        PersonRecord person = null;
        for (long id = 1; id < 400 && person == null; id++) {
            var p = fx.work.people().byId(id);
            if (p.isPresent() && fx.work.bills().forPersonAndYear(id, ScreensFixture.TODAY.getYear()).size() >= 2) {
                person = p.get();
            }
        }
        Preferences prefs = Preferences.userRoot().node("org/medaid/desk-keyboard-tour");
        DeskSettings settings = new DeskSettings(prefs);
        settings.setLocale(DeskSettings.CHINESE);
        settings.setArea(PolicyArea.LINYI);
        FxTaskExecutor[] executor = new FxTaskExecutor[1];
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            executor[0] = new FxTaskExecutor(Throwable::printStackTrace);
            Stage stage = new Stage();
            window = new DeskWindow(stage, settings, new StartupTiming(System.nanoTime(), false));
            window.open(executor[0]);
            window.attach(fx.work, fx.as(fx.clerk).current());
            started.countDown();
        });
        started.await(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
        Thread.sleep(2000);
        String name = person.idNumber();
        fx(() -> window.model().select(Section.BILLS));
        Thread.sleep(1500);
        fx(() -> ((TextField) visible("#searchField")).setText(name));
        Thread.sleep(1500);
        fx(() -> visible("#searchField").fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false)));
        Thread.sleep(2000);
        fx(() -> ((ButtonBase) visible("#newButton")).fire());
        Thread.sleep(1000);
        fx(() -> {
            ((TextField) visible("#hospitalField")).setText("兰山区人民医院");
            ((TextField) visible("#admittedField")).setText("2024-11-02");
            ((TextField) visible("#dischargedField")).setText("2024-11-09");
            ((TextField) visible("#totalField")).setText("1000");
            ((TextField) visible("#outOfCatalogField")).setText("12000");
            ((TextField) visible("#basicField")).setText("0");
            ((TextField) visible("#criticalField")).setText("0");
        });
        Thread.sleep(2500);
        shoot(out, "bill-parts-above-total.png");
        fx(() -> ((TextField) visible("#outOfCatalogField")).setText("1O0"));
        Thread.sleep(2500);
        shoot(out, "bill-invalid-amount-clears-panel.png");
        fx(() -> ((ButtonBase) visible("#cancelButton")).fire());
        Thread.sleep(1500);
        fx(() -> {
            TableView<?> t = (TableView<?>) visible("#table");
            t.getSelectionModel().selectFirst();
            t.requestFocus();
        });
        Thread.sleep(500);
        fx(() -> ((ButtonBase) visible("#printButton")).fire());
        Thread.sleep(5000);
        fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getProperties().containsKey(org.medaid.desk.preview.PreviewViewModel.class))
                .findFirst().ifPresent(w -> Snapshots.write(w.getScene(), out.resolve("preview-print-focused.png"))));
        fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getProperties().containsKey(org.medaid.desk.preview.PreviewViewModel.class))
                .findFirst().ifPresent(w -> ((Stage) w).close()));
        Thread.sleep(500);
        // the approver sees the sample cases, written by 样例数据
        fx(() -> window.attach(fx.work, fx.as(fx.approver).current()));
        Thread.sleep(1500);
        fx(() -> window.model().select(Section.APPROVALS));
        Thread.sleep(2000);
        fx(() -> ((ButtonBase) visible("#stage-REVIEWED")).fire());
        Thread.sleep(1500);
        fx(() -> ((TableView<?>) window.scene().lookup(".case-table")).getSelectionModel().selectFirst());
        Thread.sleep(2500);
        shoot(out, "approval-sample-author.png");
        fx(Platform::exit);
        executor[0].shutdown();
        fx.close();
        prefs.removeNode();
        System.exit(0);
    }

    private static Node visible(String id) {
        return window.scene().getRoot().lookupAll(id).stream().filter(KeyboardPathsTour::shown).findFirst().orElseThrow(
                () -> new IllegalStateException("nothing on screen is " + id));
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static void shoot(Path out, String name) throws Exception {
        fx(() -> Snapshots.write(window.scene(), out.resolve(name)));
        System.out.println("wrote " + name);
    }

    private static void fx(Runnable r) throws Exception {
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
}
