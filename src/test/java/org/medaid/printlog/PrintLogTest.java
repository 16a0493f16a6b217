package org.medaid.printlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.store.Database;

class PrintLogTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    Database db;
    /** A clock the test moves forward a day at a time. */
    final MovingClock clock = new MovingClock(Instant.parse("2024-12-20T02:00:00Z"));
    PrintLog log;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        log = new PrintLog(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void firstPrintOfASlipIsTheOriginal() {
        assertFalse(log.isReprint(PrintKind.SLIP, 7, 1));
        PrintEntry e = log.record(PrintKind.SLIP, 7, 1, "clerk1", null);
        assertFalse(e.reprint());
        assertEquals("clerk1", e.printedBy());
    }

    @Test
    void secondPrintOfTheSameSlipIsAReprintWithItsOwnDate() {
        PrintEntry original = log.record(PrintKind.SLIP, 7, 1, "clerk1", null);
        clock.plusDays(3);
        assertTrue(log.isReprint(PrintKind.SLIP, 7, 1));
        PrintEntry again = log.record(PrintKind.SLIP, 7, 1, "clerk2", "村民遗失");
        assertTrue(again.reprint());
        assertEquals(LocalDate.of(2024, 12, 23), again.printedOn(BEIJING));
        assertEquals(original, log.firstPrint(PrintKind.SLIP, 7, 1).orElseThrow());
        assertEquals(List.of(false, true), log.forRecord(PrintKind.SLIP, 7).stream().map(PrintEntry::reprint).toList());
    }

    @Test
    void theSlipOfACorrectedBillIsANewOriginal() {
        log.record(PrintKind.SLIP, 7, 1, "clerk1", null);
        assertTrue(log.isReprint(PrintKind.SLIP, 7));
        assertFalse(log.isReprint(PrintKind.SLIP, 7, 2));
        assertFalse(log.record(PrintKind.SLIP, 7, 2, "clerk1", null).reprint());
    }

    @Test
    void kindsAreKeptApart() {
        log.record(PrintKind.SLIP, 7, 1, "clerk1", null);
        assertFalse(log.isReprint(PrintKind.APPLICATION_FORM, 7));
    }

    @Test
    void aQuartersNoticeListPrintedTwiceIsAReprint() {
        long q3 = PrintKind.quarterKey(2024, 3);
        assertEquals(20243, q3);
        assertFalse(log.record(PrintKind.NOTICE_LIST, q3, "clerk1").reprint());
        assertTrue(log.record(PrintKind.NOTICE_LIST, q3, "clerk1").reprint());
        assertFalse(log.record(PrintKind.NOTICE_LIST, PrintKind.quarterKey(2024, 4), "clerk1").reprint());
    }

    @Test
    void latestListsNewestFirst() {
        log.record(PrintKind.SLIP, 1, 1, "clerk1", null);
        log.record(PrintKind.PAYOUT_LIST, PrintKind.dateKey(LocalDate.of(2024, 12, 20)), "clerk1");
        assertEquals(List.of(PrintKind.PAYOUT_LIST, PrintKind.SLIP), log.latest(5).stream().map(PrintEntry::kind).toList());
        assertEquals(20241220, log.latest(1).get(0).recordId());
    }

    @Test
    void aPrintNeedsTheUser() {
        assertThrows(IllegalArgumentException.class, () -> log.record(PrintKind.SLIP, 1, 1, " ", null));
        assertTrue(log.latest(1).isEmpty());
    }

    /** A fixed clock that a test can move. */
    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void plusDays(int days) {
            now = now.plusSeconds(86_400L * days);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
