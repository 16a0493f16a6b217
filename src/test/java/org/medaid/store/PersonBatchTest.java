package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.identity.IdNumbers;
import org.medaid.model.Insurance;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;

/** Batches of the list import (ADR 0076): the database's refusal inside a batch leaves nothing, audit included. */
class PersonBatchTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2024, 6, 1).atStartOfDay(ZoneId.of("Asia/Shanghai"))
            .toInstant(), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private static PersonRecord person(int i) {
        return new PersonRecord(0, 0, "李" + i, IdNumbers.compose("430524", LocalDate.of(1960, 1, 1).plusDays(i / 999),
                i % 999 + 1), null, null, null, "六都寨镇", "石门村", null, null, null, null, Insurance.RESIDENT, 2024, false);
    }

    private static long count(Database db, String table) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aSecondLivingIdNumberInTheMiddleOfABatchLeavesNothing() {
        try (Database db = Database.open(dir)) {
            Session clerk = TestSessions.as(db, "clerk");
            List<PersonRecord> people = new ArrayList<>();
            for (int i = 0; i < 2500; i++) {
                people.add(person(i));
            }
            people.set(1700, person(10)); // not looked up by the batch: the unique index refuses it
            long audit = count(db, "audit");
            assertThrows(StoreException.class,
                    () -> db.inTransaction(c -> PersonBatch.of(c, clerk, CLOCK).enrol(people)));
            assertEquals(0, count(db, "person"));
            assertEquals(audit, count(db, "audit"));
            assertEquals(true, db.verifyAudit().intact());
        }
    }

    @Test
    void aChangeOverAnOlderVersionIsRefused() {
        try (Database db = Database.open(dir)) {
            Session clerk = TestSessions.as(db, "clerk");
            JdbcPersonStore store = new JdbcPersonStore(db, CLOCK);
            PersonRecord stored = store.enrol(person(1), List.of(), clerk);
            store.update(stored.withBankName("农村信用社"), clerk);
            String before = store.byId(stored.id()).orElseThrow().toString();
            PersonRecord moved = new PersonRecord(stored.id(), stored.version(), stored.name(), stored.idNumber(),
                    stored.birthDate(), stored.sex(), stored.region(), stored.township(), "白水村", null, null, null, null,
                    stored.insurance(), stored.enrolmentYear(), false);
            assertThrows(StaleRecordException.class, () -> db.inTransaction(c -> PersonBatch.of(c, clerk, CLOCK)
                    .update(List.of(new PersonBatch.Change<>(stored, moved)))));
            assertEquals(before, store.byId(stored.id()).orElseThrow().toString());
        }
    }

    /**
     * V88 (ADR 0104): an import's identity values are reserved 1,000 at a time. H2 writes each reservation as a commit
     * of its own, forced to the file: with its default of 32, the 2,500 people and their 2,500 audit rows below took
     * 161 file writes; with V88, 9.
     */
    @Test
    void aLargeBatchReservesItsIdentityValuesInFewWrites() {
        try (Database db = Database.open(dir)) {
            Session clerk = TestSessions.as(db, "clerk");
            List<PersonRecord> people = new ArrayList<>();
            for (int i = 0; i < 2500; i++) {
                people.add(person(i));
            }
            long before = fileWrites(db);
            db.inTransaction(c -> PersonBatch.of(c, clerk, CLOCK).enrol(people));
            long writes = fileWrites(db) - before;
            assertEquals(2500, count(db, "person"));
            assertTrue(writes <= 20, "file writes for 2,500 new people and their audit rows: " + writes);
            assertEquals(true, db.verifyAudit().intact());
        }
    }

    private static long fileWrites(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_WRITE'")) {
                if (!rs.next()) {
                    throw new AssertionError("H2 no longer reports info.FILE_WRITE");
                }
                return Long.parseLong(rs.getString(1));
            }
        });
    }
}
