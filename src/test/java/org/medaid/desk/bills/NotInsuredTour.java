package org.medaid.desk.bills;

import static org.medaid.desk.bills.Steps.lookup;
import static org.medaid.desk.bills.Steps.type;
import static org.medaid.desk.bills.WorkTour.fx;
import static org.medaid.desk.bills.WorkTour.pause;
import static org.medaid.desk.bills.WorkTour.select;
import static org.medaid.desk.bills.WorkTour.shoot;
import static org.medaid.desk.bills.WorkTour.shootDialog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.medaid.desk.common.Section;
import org.medaid.desk.shell.DeskWindow;
import org.medaid.desk.shell.StartupTiming;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.identity.PolicyArea;
import org.medaid.insurance.CoverageDraft;
import org.medaid.insurance.InsuranceStatus;
import org.medaid.insurance.UninsuredReason;
import org.medaid.model.Category;
import org.medaid.settings.DeskSettings;
import org.medaid.store.PersonRecord;

/**
 * The 未参保 flag and refusal of ADR 0092 under a display (Xvfb), one region per run: a person the 参保台账 records
 * 未参保 in 2024 (服刑) types a bill (the bill form's flag) and applies for assistance on a stored bill (the 申请救助
 * dialog's refusal). {@code xvfb-run -a -s "-screen 0 1400x900x24" mvn -o -q exec:java
 * -Dexec.mainClass=org.medaid.desk.bills.NotInsuredTour -Dexec.classpathScope=test -Dexec.args="docs/screenshots linyi"}
 * (or {@code shaoyang}, or {@code shaoyang-county}: after the county's decision with its own document, ADR 0098).
 * Fictional people.
 */
public final class NotInsuredTour {

    private NotInsuredTour() {
    }

    public static void main(String[] args) throws Exception {
        WorkTour.out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        String which = args.length > 1 ? args[1] : "linyi";
        boolean linyi = which.equals("linyi");
        // shaoyang-county: Shaoyang after the county recorded on 设置 › 县级参数 that insurance is required (ADR 0098)
        boolean county = which.equals("shaoyang-county");
        Files.createDirectories(WorkTour.out);
        ScreensFixture fx = new ScreensFixture(Files.createTempDirectory("medaid-not-insured-tour"));
        WorkTour.fx = fx;
        String name = linyi ? "王秀英" : "刘桂香";
        PersonRecord p = fx.person(name, linyi ? ScreensFixture.LINYI : ScreensFixture.SHAOYANG, "前岭村", Category.MINIMUM_LIVING);
        fx.work.insurance().record(new CoverageDraft(p.id(), 2024, InsuranceStatus.UNINSURED, null, UninsuredReason.IMPRISONED,
                null), 0, null, ScreensFixture.service(fx.clerk));
        fx.add(ScreensFixture.stay(p.id(), LocalDate.of(2024, 6, 20), "20000.00", "0.00", "10000.00"), fx.clerk);
        if (county) {
            new org.medaid.insurance.CountyConditions(fx.db, fx.work::policies, fx.work.clock()).record("shaoyang-2021", true,
                    "新邵医保发〔2023〕12号", "第三条", "医疗救助对象须已参加城乡居民基本医疗保险", 0, ScreensFixture.service(fx.admin));
        }
        Preferences prefs = Preferences.userRoot().node("org/medaid/desk-not-insured-tour");
        DeskSettings settings = new DeskSettings(prefs);
        settings.setArea(linyi ? PolicyArea.LINYI : PolicyArea.SHAOYANG);
        settings.setLocale(DeskSettings.CHINESE);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            WorkTour.window = new DeskWindow(stage, settings, new StartupTiming(System.nanoTime(), false));
            WorkTour.window.open(new FxTaskExecutor(Throwable::printStackTrace));
            WorkTour.window.attach(fx.work, fx.as(fx.clerk).current());
            started.countDown();
        });
        started.await(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
        pause(1500);
        select(Section.BILLS);
        pause(1200);
        fx(() -> ((TextField) lookup("#searchField")).setText(name));
        pause(800);
        fx(() -> ((TextField) lookup("#searchField")).fireEvent(Steps.key(javafx.scene.input.KeyCode.ENTER)));
        pause(1500);
        // the stored June bill: 申请救助 is refused with the region's clause (a dialog: fired without waiting on it)
        fx(() -> ((javafx.scene.control.TableView<?>) lookup("#table")).getSelectionModel().select(0));
        pause(800);
        Platform.runLater(() -> ((Button) lookup("#applyButton")).fire());
        pause(2500);
        fx(() -> {
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane && pane.lookup("#amountField") != null) {
                    ((TextField) pane.lookup("#amountField")).setText("5000");
                    pane.getButtonTypes().stream().filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst()
                            .ifPresent(t -> ((Button) pane.lookupButton(t)).fire());
                }
            }
        });
        pause(2500);
        shootDialog("apply-not-insured-" + which + ".png");
        Steps.closeDialogs();
        pause(800);
        // a new bill typed: the bill form's flag with the same clause
        fx(() -> ((Button) lookup("#newButton")).fire());
        pause(800);
        fx(() -> {
            type("#hospitalField", linyi ? "临沂市人民医院" : "邵东县人民医院");
            type("#admittedField", "2024-11-02");
            type("#dischargedField", "2024-11-12");
            type("#diagnosisField", "慢性阻塞性肺疾病急性加重");
            type("#totalField", "18650.4");
            type("#outOfCatalogField", "1230");
            type("#basicField", "9800");
            type("#criticalField", "0");
        });
        pause(2500);
        shoot("bill-not-insured-" + which + ".png");
        fx(Platform::exit);
        fx.close();
        prefs.removeNode();
        System.out.println("screenshots in " + WorkTour.out);
        System.exit(0);
    }
}
