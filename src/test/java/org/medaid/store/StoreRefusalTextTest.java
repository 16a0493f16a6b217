package org.medaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.model.TextLimit;
import org.medaid.session.TestSessions;

/**
 * What the store says when the database refuses (ADR 0053): a value longer than its column is a sentence
 * naming the field and its length, and no message or kept cause repeats a value H2 quoted (an ID number, a
 * name): those messages reach the screen and the log. Real H2 files.
 */
class StoreRefusalTextTest {

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aVillageLongerThanItsColumnIsRefusedByNameAndNothingIsSaved() {
        String village = "石门村".repeat(22) + "九号";
        JdbcPersonStore people = new JdbcPersonStore(db);
        TooLongException e = assertThrows(TooLongException.class, () -> people.enrol(
                People.person("张三", People.id("430524", 1960, 13), village), List.of(), TestSessions.as(db, "clerk")));
        assertEquals(TextLimit.VILLAGE, e.limit().orElseThrow());
        assertEquals(64, e.max());
        assertEquals("“村（社区）”最多 64 个字，请缩短后再保存（本次未保存任何内容）", e.message(Locale.SIMPLIFIED_CHINESE));
        assertTrue(e.message(Locale.ENGLISH).startsWith("\"Village\" takes at most 64 characters"), e.message(Locale.ENGLISH));
        assertNoValue(e, "石门村");
        assertEquals(0, count("person"), "the refused enrolment left no row");
        assertEquals(0, count("audit"), "and no audit row");
    }

    @Test
    void aUniqueViolationDoesNotQuoteTheValueItFound() {
        String id = People.id("430524", 1960, 13);
        StoreException e = assertThrows(StoreException.class, () -> db.inTransaction(c -> {
            for (int i = 0; i < 2; i++) {
                try (var ps = c.prepareStatement("INSERT INTO settlement_counter (number_year, kind, last_value) "
                        + "VALUES (2026, ?, 1)")) {
                    ps.setString(1, id.substring(0, 16));
                    ps.executeUpdate();
                }
            }
            return null;
        }));
        assertFalse(e instanceof TooLongException);
        assertNoValue(e, id.substring(0, 16));
        assertTrue(e.getMessage().contains("23505") || e.getMessage().toLowerCase(Locale.ROOT).contains("unique"),
                "the kind of failure is still said: " + e.getMessage());
    }

    @Test
    void maskingReplacesEveryQuotedLiteral() {
        assertEquals("VALUES ( /* 1 */ '…' ), name '…'", Sql.mask("VALUES ( /* 1 */ '430524196003150137' ), name 'O''Brien'"));
    }

    private static void assertNoValue(Throwable e, String value) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(value), t.getClass() + " repeats the value: " + t.getMessage());
            java.io.StringWriter w = new java.io.StringWriter();
            t.printStackTrace(new java.io.PrintWriter(w));
            assertFalse(w.toString().contains(value), "the logged stack trace repeats the value");
        }
    }

    private int count(String table) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
