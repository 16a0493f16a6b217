package org.medaid.desk.firstrun;

import org.medaid.desk.GuiTeardown;
import org.medaid.desk.StartUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.backup.CountyFile;
import org.medaid.backup.CountyPolicies;
import org.medaid.calc.BillResult;
import org.medaid.calc.Calculator;
import org.medaid.calc.Tier;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.DeskServices;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.identity.PolicyArea;
import org.medaid.model.Bill;
import org.medaid.model.BillKind;
import org.medaid.model.CaseFile;
import org.medaid.model.Category;
import org.medaid.model.CategorySpan;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Insurance;
import org.medaid.model.Location;
import org.medaid.model.Person;
import org.medaid.store.Database;
import org.medaid.users.AuthService;
import java.util.EnumSet;
import org.medaid.session.Role;
import org.medaid.session.TestSessions;
import org.medaid.users.User;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first run, driven by the keyboard as a clerk would, over a real H2 store in a temporary folder,
 * headless under Monocle: choose 临沂市兰山区 by its code, create the administrator, confirm one
 * unconfirmed figure, give another the county's value, leave the rest marked, load the sample township.
 */
class FirstRunFlowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String TOWNSHIP_DEDUCTIBLE = "basic.table[0].deductible";
    private static final String TOWNSHIP_RATE = "basic.table[0].rate";
    private static final String COUNTY_RATE = "basic.table[1].rate";

    @TempDir
    Path folder;

    private Database db;
    private DeskServices services;
    private FxTaskExecutor executor;
    private Preferences prefs;
    private DeskSettings settings;
    private final AtomicReference<DeskServices> attached = new AtomicReference<>();
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        db = Database.open(folder);
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        services = DeskServices.over(db, clock);
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        settings = new DeskSettings(prefs);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            executor = new FxTaskExecutor(Throwable::printStackTrace);
            StartUp.wizard(stage, executor, db, services, settings, (s, o) -> attached.set(s)).show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        GuiTeardown.closeWindows();
        executor.shutdown();
        db.close();
        prefs.removeNode();
    }

    @Test
    void aNewDeskIsSetUpByKeyboardAndUsesTheCountysFigures() throws Exception {
        // 1 county: type the code, Enter takes the match, Enter goes on
        robot.clickOn("#searchField").write("371302").type(KeyCode.ENTER);
        assertEquals("371302", robot.lookup("#countyList").<javafx.scene.control.ListView<org.medaid.identity.Region>>query()
                .getSelectionModel().getSelectedItem().code());
        robot.type(KeyCode.ENTER);
        // 2 administrator: the login name is selected, the Chinese name goes in as an input method would
        robot.write("lwj").type(KeyCode.TAB);
        robot.interact(() -> robot.lookup("#nameField").queryAs(TextField.class).setText("李文静"));
        robot.type(KeyCode.TAB).write("lanshan2026").type(KeyCode.TAB).write("lanshan2026").type(KeyCode.ENTER);
        // 3 figures: D confirms the first (the township deductible), digits give the second (its rate) the county's 80%
        robot.type(KeyCode.D).write("80").type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        // 4 sample township: tick it, finish
        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);
        org.medaid.Patience.until(() -> attached.get() != null);

        AuthService auth = new AuthService(db);
        assertTrue(auth.hasUsers());
        User admin = auth.users().get(0);
        assertEquals(List.of("lwj"), auth.users().stream().map(User::login).toList());
        assertTrue(admin.has(Role.ADMINISTRATOR));
        assertEquals("李文静", admin.displayName());
        assertTrue(auth.authenticate("lwj", "lanshan2026".toCharArray()).isPresent());
        assertTrue(count("person") >= 200, "the sample township is in the store");
        assertEquals("371302", CountyFile.read(folder).orElseThrow().code());
        assertEquals(PolicyArea.LINYI, settings.area().orElseThrow());
        // The confirmed figures are a layer over the bundled policy, not a copy of it (ADR 0036).
        assertTrue(Files.isRegularFile(new org.medaid.backup.CountyFigures(folder).file()));
        assertFalse(Files.exists(new CountyPolicies(folder).file("linyi-2022")));

        DeskServices desk = attached.get();
        BillResult township = new Calculator(desk.policies()).calculate(inpatient(HospitalLevel.TOWNSHIP)).bills().get(0);
        // (10,200 − 200 confirmed deductible) × 80% county rate, no longer 85%
        assertEquals(new BigDecimal("8000.00"), township.paid(Tier.basic));
        assertFalse(township.unconfirmed().contains(TOWNSHIP_RATE));
        assertFalse(township.unconfirmed().contains(TOWNSHIP_DEDUCTIBLE));
        BillResult county = new Calculator(desk.policies()).calculate(inpatient(HospitalLevel.COUNTY)).bills().get(0);
        assertTrue(county.unconfirmed().contains(COUNTY_RATE), "a figure left alone stays marked");
    }

    private long count(String table) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static CaseFile inpatient(HospitalLevel level) {
        Bill bill = new Bill("b1", null, BillKind.INPATIENT, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 9), level,
                Location.IN_COUNTY, false, null, false, new BigDecimal("10200.00"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, null, null, null);
        return new CaseFile(new Person("371302", Insurance.RESIDENT,
                List.of(new CategorySpan(Category.MINIMUM_LIVING, LocalDate.of(2022, 5, 10), null))), List.of(bill), null);
    }
}
