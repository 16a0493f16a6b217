package org.medaid.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;

/**
 * The start of an ID number pages in ID-number order, straight from the unique index (ADR 0105): at 1,000,000 people
 * the name order made H2 read and sort every match before the first page (2.95 s for "430522198"). The plan is
 * asserted, not a time: H2 says "index sorted" when it reads the page in the index's order and stops after it.
 */
class RosterIdPrefixTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    @TempDir
    Path dir;

    @Test
    void theStartOfAnIdNumberListsItsPeopleInIdNumberOrder() {
        try (Database db = Database.open(dir)) {
            JdbcPersonStore store = new JdbcPersonStore(db);
            var clerk = org.medaid.session.TestSessions.as(db, "clerk");
            // pinyin order would be 安宁, 张三, 赵六; ID-number order is by year of birth here
            store.enrol(People.person("赵六", People.id("430524", 1960, 13), "石门村"), List.of(), clerk);
            store.enrol(People.person("张三", People.id("430524", 1962, 15), "石门村"), List.of(), clerk);
            store.enrol(People.person("安宁", People.id("430524", 1966, 17), "白水村"), List.of(), clerk);
            store.enrol(People.person("李四", People.id("430524", 1970, 19), "白水村"), List.of(), clerk);
            JdbcRoster roster = new JdbcRoster(db);
            RosterQuery q = new RosterQuery("430524196", null, false, TODAY);

            assertEquals(List.of("赵六", "张三", "安宁"), roster.search(q, 0, 50).stream().map(RosterRow::name).toList());
            assertEquals(List.of("张三", "安宁"), roster.search(q, 1, 2).stream().map(RosterRow::name).toList(), "pages follow on");
            assertEquals(3, roster.count(q));

            String plan = plan(db, RosterSql.of(q, SearchText.of(q.text()), false));
            assertTrue(plan.contains("PERSON_LIVE_ID_NUMBER") && plan.contains("index sorted"),
                    "the page is read in the unique index's order:\n" + plan);
        }
    }

    private static String plan(Database db, RosterSql sql) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql.page())) {
                int i = JdbcRoster.bind(ps, sql.params());
                ps.setInt(i, 50);
                ps.setInt(i + 1, 0);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }
}
