package org.medaid.sample;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medaid.identity.PolicyArea;
import org.medaid.store.Database;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonWriter;
import org.medaid.store.StoreException;

/**
 * Loads a sample township into an empty store in one transaction (the desk offers it on first start).
 * The people are those of {@code samples/townships/<area>/}, generated again from the same seed.
 */
public final class SampleLoader {

    /** The user the audit rows of a sample load name. */
    public static final String USER = PersonWriter.SAMPLE_AUTHOR;

    private SampleLoader() {
    }

    /** Loads the township and returns how many people it enrolled; refuses a store that holds people. */
    public static int load(Database db, PolicyArea area) {
        return load(db, SampleGenerator.generate(area), Clock.systemDefaultZone());
    }

    /** Loads {@code people} (a township of {@link SampleGenerator}) into the empty store; refuses a store that holds people. */
    public static int load(Database db, List<SamplePerson> people, Clock clock) {
        PersonWriter writer = new PersonWriter(clock);
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM person"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new StoreException("the store already holds people; samples load into an empty store only");
                }
            }
            Map<String, Long> heads = new HashMap<>();
            for (SamplePerson s : people.stream().sorted((a, b) -> Boolean.compare(b.isHead(), a.isHead())).toList()) {
                PersonRecord p = s.person();
                Long headId = s.isHead() ? null : heads.get(s.headIdNumber());
                PersonRecord stored = writer.enrolSample(c, new PersonRecord(0, 0, p.name(), p.idNumber(), null, null, null,
                        p.township(), p.village(), headId, p.relation(), p.phone(), p.bankAccount(), p.insurance(),
                        p.enrolmentYear(), false), s.categories());
                if (s.isHead()) {
                    heads.put(p.idNumber(), stored.id());
                }
            }
            return people.size();
        });
    }

    public static int load(Database db, String areaId) {
        return load(db, PolicyArea.ofId(areaId));
    }
}
