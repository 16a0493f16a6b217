package org.medaid.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.identity.Department;
import org.medaid.model.Category;
import org.medaid.roster.PremiumList;
import org.medaid.roster.PremiumLists;
import org.medaid.roster.PremiumSummary;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;
import org.medaid.store.CategoryRecord;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;

/** The premium list re-reads the county figures when the layer changes (no restart needed). */
class PremiumListFollowsCountyFiguresTest {

    @TempDir
    Path dir;

    @Test
    void aContributionSetOnTheDeskReachesTheNextListWithoutARestart() {
        try (Database db = Database.open(dir)) {
            Session clerk = TestSessions.as(db, "clerk");
            new JdbcPersonStore(db).enrol(People.person("张特困", People.id("371321", 1950, 11), "东岭村"),
                    List.of(new CategoryRecord(0, 0, 0, Category.EXTREME_POOR, LocalDate.of(2020, 1, 1), null,
                            Department.CIVIL_AFFAIRS, null, false)), clerk);
            PremiumLists lists = new PremiumLists(db, new CountyRegistrySource(db.folder()));

            PremiumList before = lists.get();
            PremiumSummary none = before.forEach(2026, null, line -> { });
            assertEquals(0, none.people(), "临沂 2026 has no contribution yet");
            assertEquals(1, none.notComputed());
            assertTrue(none.problems().get(0).contains("设置 › 县级参数"), none.problems().toString());
            assertSame(before, lists.get(), "unchanged figures: the same list");

            new CountyFigures(db.folder()).set(new CountyFigure("linyi-2022", "premium.contribution.2026",
                    new BigDecimal("400"), "管理员 admin", OffsetDateTime.parse("2026-12-02T08:00:00+08:00"),
                    "临医保发〔2025〕20号"));

            PremiumSummary set = lists.get().forEach(2026, null, line -> { });
            assertEquals(1, set.people(), set.problems().toString());
            assertEquals(new BigDecimal("400.00"), set.subsidy(), "特困人员: the full contribution the county set");
        }
    }
}
