package org.medaid.desk.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medaid.backup.CountyFile;
import org.medaid.backup.CountyPolicies;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.DeskServices;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.task.TaskProgress;
import org.medaid.identity.PolicyArea;
import org.medaid.identity.RegionCodes;
import org.medaid.store.Database;
import org.medaid.users.AuthService;
import org.medaid.users.UserException;

/** What 完成 writes, for the sample township of each of the four regions. */
public class FirstRunSetupTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private Database db;
    private DeskServices services;
    private Preferences prefs;
    private DeskSettings settings;

    @BeforeEach
    void open() {
        db = Database.open(folder);
        services = DeskServices.over(db, Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        settings = new DeskSettings(prefs);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
        prefs.removeNode();
    }

    private FirstRunSetup setup() {
        return new FirstRunSetup(db, services.clock(), settings, "县医保局确认 2026-11-23");
    }

    private FirstRunPlan plan(String county, boolean loadSample) {
        var region = RegionCodes.bundled().find(county).orElseThrow();
        var policy = PolicyToday.of(services.policies(), county, TODAY).orElseThrow().policy();
        return new FirstRunPlan(region, policy, List.of(), "admin", "李文静", "lanshan2026".toCharArray(), loadSample);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            430524, SHAOYANG, shaoyang-2021
            445122, CHAOZHOU, chaozhou-2021
            371321, LINYI,    linyi-2022
            371302, LINYI,    linyi-2022
            450126, GUANGXI,  guangxi-2022
            """)
    void theSampleTownshipOfEachRegionLoadsThroughTheFirstRun(String county, PolicyArea area, String policyId) {
        FirstRunSetup.Outcome outcome = setup().apply(plan(county, true), silent());
        assertTrue(outcome.samplePeople() >= 200, "people: " + outcome.samplePeople());
        assertEquals(outcome.samplePeople(), count("person"));
        assertTrue(count("person_category") > 0);
        assertTrue(outcome.sampleBills() >= 100, "bills: " + outcome.sampleBills());
        assertEquals(outcome.sampleBills(), count("bill"));
        assertEquals(count("person"), (long) db.<Long>read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM person WHERE id_number LIKE '" + county + "%'")) {
                rs.next();
                return rs.getLong(1);
            }
        }), "every sample ID number is of the chosen county " + county);
        assertEquals(org.medaid.sample.SampleScenario.STAGES.size(), (int) count("application"), "a case at each stage");
        assertTrue(new AuthService(db).hasUsers());
        assertEquals(new CountyFile.County(county, RegionCodes.bundled().displayName(county), policyId, TODAY.toString()),
                CountyFile.read(folder).orElseThrow());
        assertEquals(area, settings.area().orElseThrow());
    }

    @Test
    void withoutDecisionsAndWithoutTheSampleOnlyTheCountyAndTheAdministratorAreWritten() {
        FirstRunSetup.Outcome outcome = setup().apply(plan("371302", false), silent());
        assertNull(outcome.policyFile());
        assertEquals(0, outcome.samplePeople());
        assertEquals(0, count("person"));
        assertFalse(Files.exists(new CountyPolicies(folder).folder()));
        assertTrue(new AuthService(db).hasUsers());
    }

    @Test
    void aSecondFirstRunIsRefusedOnceTheAdministratorExists() {
        setup().apply(plan("371302", false), silent());
        assertThrows(UserException.class, () -> setup().apply(plan("371302", true), silent()));
        assertEquals(0, count("person"), "nothing is loaded after the refusal");
    }

    private long count(String table) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public static TaskProgress silent() {
        return new TaskProgress() {
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
}
