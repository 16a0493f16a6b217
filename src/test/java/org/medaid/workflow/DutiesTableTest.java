package org.medaid.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.backup.BackupResult;
import org.medaid.backup.BackupService;
import org.medaid.backup.RestoreService;
import org.medaid.bills.StoredBill;
import org.medaid.bills.TestDesk;
import org.medaid.session.Action;
import org.medaid.session.DutyException;
import org.medaid.session.Role;
import org.medaid.session.Rule;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;
import org.medaid.store.CategoryRecord;
import org.medaid.store.Database;
import org.medaid.store.People;
import org.medaid.store.PersonRecord;
import org.medaid.users.Administration;

/**
 * Every role through every action (ADR 0034): a user holding only that role tries the action on a case
 * made ready for it by other people, so only the role can stand in the way. Allowed: the action succeeds;
 * not allowed: a {@link DutyException} of rule {@link Rule#ROLE} whose Chinese sentence names the action
 * and the role it needs, and nothing was written.
 */
class DutiesTableTest {

    @TempDir
    Path dir;

    @TestFactory
    List<DynamicTest> everyRoleThroughEveryAction() {
        WorkflowDesk w = new WorkflowDesk(dir.resolve("data"));
        BackupService backups = new BackupService(w.desk.clock, "test");
        // backup and restore act on a small store of their own (see the note in the report on busy stores)
        Database small = Database.open(dir.resolve("small"));
        BackupResult backup = backups.backup(small, dir.resolve("backups"), "medaid");
        Administration admin = new Administration(small);
        AtomicInteger people = new AtomicInteger();
        List<DynamicTest> tests = new ArrayList<>();
        for (Role role : Role.values()) {
            Session actor = TestSessions.as(w.desk.db, "only-" + role.name().toLowerCase(Locale.ROOT), role);
            Session smallActor = TestSessions.as(small, "only-" + role.name().toLowerCase(Locale.ROOT), role);
            for (Action action : Action.values()) {
                boolean allowed = action.roles().contains(role);
                tests.add(DynamicTest.dynamicTest(role + " × " + action + (allowed ? " → allowed" : " → refused"), () -> {
                    boolean store = action == Action.BACKUP || action == Action.RESTORE || action == Action.CHANGE_SETTINGS;
                    Runnable attempt = attempt(w, admin, backups, backup, people, action, store ? smallActor : actor);
                    if (allowed) {
                        attempt.run();
                    } else {
                        long auditBefore = w.desk.db.verifyAudit().rows() + small.verifyAudit().rows();
                        DutyException e = assertThrows(DutyException.class, attempt::run);
                        assertEquals(Rule.ROLE, e.rule());
                        assertTrue(e.getMessage().startsWith("只有" + action.roles().iterator().next().label(Locale.SIMPLIFIED_CHINESE)),
                                e.getMessage());
                        assertEquals(auditBefore, w.desk.db.verifyAudit().rows() + small.verifyAudit().rows(), "nothing was written");
                    }
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("close", () -> {
            assertTrue(w.desk.db.verifyAudit().intact());
            w.close();
            small.close();
        }));
        return tests;
    }

    /** The action by {@code actor} on a case (or store) prepared by clerk1, reviewer1 and approver1. */
    private Runnable attempt(WorkflowDesk w, Administration admin, BackupService backups, BackupResult backup,
            AtomicInteger people, Action action, Session actor) {
        WorkflowService wf = w.workflow;
        return switch (action) {
            case ENROL -> () -> w.desk.people.enrol(People.person("新" + people.incrementAndGet(),
                    People.id(TestDesk.SHAOYANG, 1980, 300 + people.get()), "石门村"), List.<CategoryRecord>of(), actor);
            case ENTER_BILL -> {
                PersonRecord p = fresh(w, people);
                yield () -> w.desk.bills.add(TestDesk.stay(p.id(), LocalDate.of(2024, 11, 20), "3000.00", "0.00", "2000.00",
                        "0.00"), actor);
            }
            case APPLY -> {
                PersonRecord p = fresh(w, people);
                StoredBill b = w.bill(p, LocalDate.of(2024, 11, 20), w.clerk);
                yield () -> w.apply(p, b, LocalDate.of(2024, 11, 28), "1000.00", actor);
            }
            case REVIEW -> {
                AssistanceApplication a = applied(w, people);
                yield () -> wf.review(a.id(), a.version(), LocalDate.of(2024, 12, 3), "刘干部", null, actor);
            }
            case REFUSE_AT_REVIEW -> {
                AssistanceApplication a = applied(w, people);
                yield () -> wf.reject(a.id(), a.version(), "收入超标", LocalDate.of(2024, 12, 3), actor);
            }
            case PUBLICISE -> {
                AssistanceApplication a = reviewed(w, people);
                yield () -> wf.publicise(a.id(), a.version(), LocalDate.of(2024, 12, 5), null, actor);
            }
            case RECORD_OBJECTION -> {
                AssistanceApplication a = publicised(w, people);
                yield () -> wf.recordObjection(a.id(), a.version(), "村民反映其家中有车", actor);
            }
            case APPROVE -> {
                AssistanceApplication a = publicised(w, people);
                yield () -> wf.approve(a.id(), a.version(), null, LocalDate.of(2024, 12, 12), null, actor);
            }
            case REFUSE_AT_APPROVAL -> {
                AssistanceApplication a = publicised(w, people);
                yield () -> wf.reject(a.id(), a.version(), "公示有异议属实", LocalDate.of(2024, 12, 12), actor);
            }
            case PAY -> {
                AssistanceApplication p = publicised(w, people);
                AssistanceApplication a = wf.approve(p.id(), p.version(), null, LocalDate.of(2024, 12, 12),
                        null, w.approver);
                yield () -> assertEquals(Stage.PAID, wf.pay(a.id(), a.version(), null, LocalDate.of(2024, 12, 18), null, actor).stage());
            }
            case RECORD_RETURN -> {
                Recovery r = recovery(w, people);
                yield () -> new Recoveries(w.desk.db, w.desk.clock).recordReturn(r.id(), LocalDate.of(2024, 12, 19),
                        new BigDecimal("100.00"), "收据 0001", actor);
            }
            case CLOSE_RECOVERY -> {
                Recovery r = recovery(w, people);
                yield () -> new Recoveries(w.desk.db, w.desk.clock).close(r.id(), "经县医保局批准核销", LocalDate.of(2024, 12, 19), actor);
            }
            case MANAGE_USERS -> () -> w.auth.createUser(actor, "new" + people.incrementAndGet(), "新用户",
                    EnumSet.of(Role.CLERK), "new-user-pass-1".toCharArray());
            case OVERRIDE_MONTHLY_LIST -> {
                PersonRecord p = fresh(w, people);
                org.medaid.importer.HeldEdits held = new org.medaid.importer.HeldEdits(w.desk.db, w.desk.clock,
                        org.medaid.policy.PolicyRegistry::bundled);
                org.medaid.importer.HeldEdit e = held.holdAdd(new CategoryRecord(0, 0, p.id(),
                        org.medaid.model.Category.MINIMUM_LIVING, LocalDate.of(2024, 12, 1), null, null, null, false), w.clerk);
                yield () -> held.override(e.id(), e.version(), "县民政局来函确认", actor);
            }
            case CHANGE_SETTINGS -> () -> {
                boolean[] ran = {false};
                admin.changeSetting(actor, () -> ran[0] = true);
                assertTrue(ran[0]);
            };
            case BACKUP -> () -> assertNotNull(admin.backup(actor, backups, dir().resolve("more"), "medaid"));
            case RESTORE -> () -> {
                admin.stageRestore(actor, new RestoreService(backups, w.desk.clock), backup.file(), dir().resolve("safety"));
                assertTrue(RestoreService.isPending(backup.file().getParent().resolveSibling("small")));
            };
        };
    }

    private Path dir() {
        return dir;
    }

    private static PersonRecord fresh(WorkflowDesk w, AtomicInteger people) {
        return w.marginal("案" + people.incrementAndGet(), "石门村");
    }

    private static AssistanceApplication applied(WorkflowDesk w, AtomicInteger people) {
        PersonRecord p = fresh(w, people);
        StoredBill b = w.bill(p, LocalDate.of(2024, 11, 20), w.clerk);
        return w.apply(p, b, LocalDate.of(2024, 11, 28), "1000.00", w.clerk);
    }

    private static AssistanceApplication reviewed(WorkflowDesk w, AtomicInteger people) {
        AssistanceApplication a = applied(w, people);
        return w.workflow.review(a.id(), a.version(), LocalDate.of(2024, 12, 3), "刘干部", null, w.reviewer);
    }

    /** A paid case whose objection the county upheld: the amount paid is to be recovered (ADR 0073). */
    private static Recovery recovery(WorkflowDesk w, AtomicInteger people) {
        AssistanceApplication p = publicised(w, people);
        AssistanceApplication a = w.workflow.approve(p.id(), p.version(), null, LocalDate.of(2024, 12, 12), null, w.approver);
        a = w.workflow.pay(a.id(), a.version(), null, LocalDate.of(2024, 12, 18), null, w.payer);
        Objections o = new Objections(w.desk.db, w.workflow, w.desk.clock);
        Objection raised = o.record(a.id(), "村民", LocalDate.of(2024, 12, 18), "另有赔付", w.reviewer);
        o.resolve(raised.id(), a.version(), Objection.Outcome.UPHELD, "属实", LocalDate.of(2024, 12, 19), w.approver);
        return o.recoveries(a.id()).get(0);
    }

    private static AssistanceApplication publicised(WorkflowDesk w, AtomicInteger people) {
        AssistanceApplication a = reviewed(w, people);
        return w.workflow.publicise(a.id(), a.version(), LocalDate.of(2024, 12, 5), null, w.reviewer);
    }
}
