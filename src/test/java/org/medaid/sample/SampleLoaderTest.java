package org.medaid.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.identity.PolicyArea;
import org.medaid.roster.JdbcRoster;
import org.medaid.roster.RosterQuery;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.PersonRecord;
import org.medaid.store.StoreException;

class SampleLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheTownshipWithItsHouseholdsIntoAnEmptyStore() {
        try (Database db = Database.open(dir)) {
            int n = SampleLoader.load(db, "linyi");
            List<SamplePerson> people = SampleGenerator.generate(PolicyArea.LINYI);
            assertEquals(people.size(), n);
            JdbcRoster roster = new JdbcRoster(db);
            assertEquals(n, roster.count(RosterQuery.all(SampleGenerator.AS_OF)));
            JdbcPersonStore store = new JdbcPersonStore(db);
            SamplePerson member = people.stream().filter(s -> !s.isHead()).findFirst().orElseThrow();
            PersonRecord stored = store.byIdNumber(member.person().idNumber()).orElseThrow();
            PersonRecord head = store.byId(stored.householdHeadId()).orElseThrow();
            assertEquals(member.headIdNumber(), head.idNumber());
            assertTrue(store.household(head.id()).size() >= 2);
        }
    }

    @Test
    void refusesAStoreThatHoldsPeopleAndLeavesItAsItWas() {
        try (Database db = Database.open(dir)) {
            int n = SampleLoader.load(db, PolicyArea.SHAOYANG);
            assertThrows(StoreException.class, () -> SampleLoader.load(db, PolicyArea.GUANGXI));
            assertEquals(n, new JdbcRoster(db).count(RosterQuery.all(SampleGenerator.AS_OF)));
        }
    }
}
