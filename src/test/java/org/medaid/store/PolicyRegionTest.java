package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medaid.identity.IdCheck;
import org.medaid.identity.IdNumbers;
import org.medaid.identity.Region;
import org.medaid.identity.RegionCodes;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;

/** ADR 0066: the person's policy region is their 户籍 (临医保发〔2022〕13号 四), a field of its own, read against data. */
class PolicyRegionTest {

    private static final PolicyRegistry POLICIES = PolicyRegistry.bundled();
    private static final RegionCodes REGIONS = RegionCodes.bundled();

    @TempDir
    Path dir;

    private Database db;
    private JdbcPersonStore store;
    private Session clerk;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        store = new JdbcPersonStore(db);
        clerk = TestSessions.as(db, "clerk");
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A county of each policy region, hand-picked, falls under the policy file whose prefix holds it. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            430524, 邵阳市隆回县, 2020-06-01, shaoyang-2019
            430524, 邵阳市隆回县, 2024-06-01, shaoyang-2021
            445122, 潮州市饶平县, 2024-06-01, chaozhou-2021
            371302, 临沂市兰山区, 2024-06-01, linyi-2022
            450181, 南宁市横州市, 2024-06-01, guangxi-2022
            451481, 崇左市凭祥市, 2024-06-01, guangxi-2022
            """)
    void aCountyOfEachPolicyRegionFallsUnderItsPolicy(String code, String name, LocalDate day, String policy) {
        Region r = REGIONS.find(code).orElseThrow();
        assertEquals(name, r.fullName());
        assertEquals(policy, POLICIES.find(code, day).map(Policy::id).orElse("none"));
    }

    /** Every policy file's region prefixes hold current counties of the code list: the mapping is data on both sides. */
    @Test
    void everyPolicyFilesPrefixesHoldCurrentCounties() {
        for (Policy p : POLICIES.all()) {
            long counties = REGIONS.all().stream().filter(r -> !r.retired() && r.county() && p.coversRegion(r.code())).count();
            assertTrue(counties > 0, p.id() + " covers no current county");
        }
        assertEquals("none", POLICIES.find("110105", LocalDate.of(2024, 6, 1)).map(Policy::id).orElse("none"));
    }

    @Test
    void aRetiredCodeStaysValidInIdNumbersAndFallsUnderTheSamePolicy() {
        Region shaodong = REGIONS.find("430521").orElseThrow();
        assertTrue(shaodong.retired());
        assertEquals("unconfirmed", shaodong.until(), "邵东县 left after the last bundled list; no month in the sources");
        assertEquals("430582", shaodong.successor());
        String id = id("430521");
        IdCheck check = IdNumbers.checkInRegions(id, LocalDate.of(2024, 6, 1), REGIONS);
        assertTrue(check.valid(), String.valueOf(check.problem()));
        PersonRecord p = store.enrol(People.person("邵东人", id, "石门村"), List.of(), clerk);
        assertEquals("430521", p.region(), "proposed from the ID number");
        assertEquals("shaoyang-2021", POLICIES.find(p.region(), LocalDate.of(2024, 6, 1)).orElseThrow().id());
    }

    @Test
    void someoneWhoseIdIsFromElsewhereIsEnrolledUnderTheirHukou() {
        PersonRecord moved = store.enrol(People.person("迁入人", id("110105"), "石门村").withRegion("371302"), List.of(), clerk);
        assertEquals("371302", moved.region());
        assertEquals("linyi-2022", POLICIES.find(moved.region(), LocalDate.of(2024, 6, 1)).orElseThrow().id());
    }

    @Test
    void anOrdinarySaveNeverDerivesTheRegionFromTheIdNumberAgain() {
        PersonRecord p = store.enrol(People.person("迁入人", id("430524"), "石门村").withRegion("371302"), List.of(), clerk);
        // the form sends the ID's region (430524) with a new phone number: the 户籍 stays
        PersonRecord saved = store.update(new PersonRecord(p.id(), p.version(), p.name(), p.idNumber(), null, null, "430524",
                p.township(), p.village(), null, p.relation(), "13900000000", p.bankAccount(), p.insurance(),
                p.enrolmentYear(), false), clerk);
        assertEquals("371302", saved.region());
        assertEquals("13900000000", saved.phone());
    }

    @Test
    void theRegionChangesOnlyWithAReasonAndTheAuditKeepsIt() {
        PersonRecord p = store.enrol(People.person("迁出人", id("430524"), "石门村"), List.of(), clerk);
        assertThrows(IllegalArgumentException.class, () -> store.changeRegion(p.id(), p.version(), "371302", " ", clerk));
        assertThrows(IllegalArgumentException.class, () -> store.changeRegion(p.id(), p.version(), "999999", "迁户", clerk));
        assertThrows(IllegalArgumentException.class, () -> store.changeRegion(p.id(), p.version(), "430524", "迁户", clerk));
        assertEquals("430524", store.byId(p.id()).orElseThrow().region(), "nothing half-written");

        PersonRecord moved = store.changeRegion(p.id(), p.version(), "371302", "户口迁入兰山区（户口簿）", clerk);
        assertEquals("371302", moved.region());
        assertEquals(p.version() + 1, moved.version());
        assertThrows(StaleRecordException.class, () -> store.changeRegion(p.id(), p.version(), "445122", "再迁", clerk));

        List<AuditEntry> audit = new JdbcAuditLog(db).forRecord(PersonWriter.TABLE, p.id());
        AuditEntry last = audit.get(audit.size() - 1);
        assertEquals(AuditWriter.UPDATE, last.action());
        assertTrue(last.oldValue().contains("\"region\":\"430524\""), last.oldValue());
        assertTrue(last.newValue().contains("\"region\":\"371302\"") && last.newValue().contains("户口迁入兰山区"), last.newValue());
    }

    @Test
    void aRegionThatIsNoCodeIsRefusedAtEnrolment() {
        assertThrows(IllegalArgumentException.class,
                () -> store.enrol(People.person("无名地", id("430524"), "石门村").withRegion("430599"), List.of(), clerk));
        assertTrue(store.byIdNumber(id("430524")).isEmpty());
    }

    private static String id(String region) {
        return People.id(region, 1970, 21);
    }
}
