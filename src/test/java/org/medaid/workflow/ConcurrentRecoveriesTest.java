package org.medaid.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.api.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.session.Session;
import org.medaid.store.AuditEntry;
import org.medaid.store.JdbcAuditLog;

/**
 * Two county approvers uphold two objections to one paid case at the same moment (ADR 0077 R77.4, amendment objection22),
 * on a real H2 file in a temp folder, each on its own thread, connection and transaction. 3,500.00 was paid; each asks
 * back 2,000.00 with a reason. Apart, the second is refused (only 1,500.00 is left); together, without a lock, both read
 * "nothing recovered yet" and 4,000.00 would be asked back.
 *
 * <p>The moment is made, not hoped for: a trigger on the objection's decision (written after the check, before the
 * recovery row) holds the first approver there until the second has either passed its own check too (the race: both
 * decide on stale sums) or is waiting for a lock the first holds (H2's {@code INFORMATION_SCHEMA.SESSIONS.BLOCKER_ID}).
 * No sleep and no timeout decides anything: each session's lock wait is raised far beyond any busy machine's pause, so
 * the one waiting is refused by the check, never by the clock.
 */
class ConcurrentRecoveriesTest {

    static final BigDecimal PAID = new BigDecimal("3500.00");
    static final BigDecimal EACH = new BigDecimal("2000.00");

    @TempDir
    Path dir;
    WorkflowDesk w;
    Objections objections;
    AssistanceApplication paid;
    Objection first;
    Objection second;
    Session approver2;

    @BeforeEach
    void open() {
        w = new WorkflowDesk(dir.resolve("db"));
        objections = new Objections(w.desk.db, w.workflow, w.desk.clock);
        approver2 = WorkflowDesk.session(w.auth.createUser(w.admin, "approver2", "孙审批",
                java.util.EnumSet.of(org.medaid.session.Role.COUNTY_APPROVER), "approve-pass-2".toCharArray()));
        paid = w.paidCase("刘干部").paid();
        assertEquals(PAID, paid.approvedAmount().setScale(2));
        first = objections.record(paid.id(), "村民李某", LocalDate.of(2024, 12, 2), "另有商业保险赔付", w.reviewer);
        second = objections.record(paid.id(), "村民王某", LocalDate.of(2024, 12, 3), "家中有营运货车", w.reviewer);
        Meet.reset();
        // the test store's user is H2's administrator: it may add the trigger and read every session
        w.desk.db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TRIGGER objection_decided_meet BEFORE UPDATE ON publicity_objection FOR EACH ROW CALL '"
                        + Meet.class.getName() + "'");
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void twoApproversAtOnceNeverAskBackMoreThanWasPaid() {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Objection> one = CompletableFuture.supplyAsync(() -> decide(start, first, w.approver, "理赔记录属实"));
        CompletableFuture<Objection> two = CompletableFuture.supplyAsync(() -> decide(start, second, approver2, "车辆登记属实"));
        List<Object> outcomes = new ArrayList<>();
        for (CompletableFuture<Objection> f : List.of(one, two)) {
            outcomes.add(f.handle((o, e) -> o != null ? o : e.getCause() == null ? e : e.getCause()).join());
        }
        assertTrue(Meet.met.get() != null, "the two decisions were held at the same moment");
        assertEquals("the other decision waits for this one's lock", Meet.met.get(), "serialised by the case's row lock");

        List<Recovery> recorded = objections.recoveries(paid.id());
        BigDecimal asked = recorded.stream().map(Recovery::amountDue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(asked.compareTo(PAID) <= 0, "asked back " + asked + " of " + PAID + " paid: " + outcomes);
        assertEquals(1, recorded.size(), "exactly one decision went through: " + outcomes);
        assertEquals(EACH, recorded.get(0).amountDue());

        long won = outcomes.stream().filter(Objection.class::isInstance).count();
        assertEquals(1, won, "one upheld, one refused: " + outcomes);
        WorkflowException refused = (WorkflowException) outcomes.stream().filter(o -> !(o instanceof Objection)).map(o -> {
            assertInstanceOf(WorkflowException.class, o, "refused by the check, not by a lock wait: " + o);
            return o;
        }).findFirst().orElseThrow();
        assertEquals(WorkflowProblem.RECOVERY_OVER_LEFT, refused.problem());
        assertEquals("该案件已登记应退回 2,000.00 元，本次应退回金额须大于零且不超过其余的 1,500.00 元",
                refused.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("2,000.00 yuan is already to be recovered on this case: this amount must be above zero and at most the "
                + "remaining 1,500.00 yuan", refused.message(Locale.ENGLISH));

        // nothing half-written: the refused objection is open with its one OBJECTION audit row, the other decided
        Objection winner = (Objection) outcomes.stream().filter(Objection.class::isInstance).findFirst().orElseThrow();
        Objection loser = winner.id() == first.id() ? second : first;
        assertEquals(winner.id(), recorded.get(0).objectionId());
        List<Objection> now = objections.of(paid.id());
        assertTrue(now.stream().filter(o -> o.id() == loser.id()).findFirst().orElseThrow().open(), "the refused one stays open");
        assertEquals(Objection.Outcome.UPHELD, now.stream().filter(o -> o.id() == winner.id()).findFirst().orElseThrow().outcome());
        assertEquals(List.of("OBJECTION"), actions("publicity_objection", loser.id()));
        assertEquals(List.of("OBJECTION", "DECIDE_OBJECTION"), actions("publicity_objection", winner.id()));
        assertEquals(List.of("RECOVERY"), actions("objection_recovery", recorded.get(0).id()));
        assertTrue(w.desk.db.verifyAudit().intact(), "the audit chain is whole");
    }

    private Objection decide(CyclicBarrier start, Objection o, Session who, String check) {
        // each approver's own pooled connection and transaction; the service's transaction joins this one
        return w.desk.db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                // a lock wait ends when the other commits, not when a clock runs out on a busy machine
                s.execute("SET LOCK_TIMEOUT 3600000");
            }
            try {
                start.await();
            } catch (InterruptedException | java.util.concurrent.BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
            return objections.resolve(o.id(), paid.version(), Objection.Outcome.UPHELD, check, EACH, "按核实金额追回",
                    LocalDate.of(2024, 12, 9), who);
        });
    }

    private List<String> actions(String table, long id) {
        return new JdbcAuditLog(w.desk.db).forRecord(table, id).stream().map(AuditEntry::action).toList();
    }

    /**
     * Fires when an objection's decision is written, after the recovery was checked. The first decision to arrive waits
     * until the second arrives too, or until another session waits for a lock this one holds; the second goes on.
     */
    public static final class Meet implements Trigger {

        static volatile CountDownLatch arrivals = new CountDownLatch(2);
        static final AtomicReference<String> met = new AtomicReference<>();

        static void reset() {
            arrivals = new CountDownLatch(2);
            met.set(null);
        }

        @Override
        public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
            CountDownLatch latch = arrivals;
            latch.countDown();
            while (latch.getCount() > 0) {
                if (waitedFor(conn)) {
                    met.compareAndSet(null, "the other decision waits for this one's lock");
                    return;
                }
                Thread.onSpinWait();
            }
            met.compareAndSet(null, "both decisions passed their checks");
        }

        private static boolean waitedFor(Connection conn) throws SQLException {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID = SESSION_ID()");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }
}
