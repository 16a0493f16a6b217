package org.medaid.importer;

import org.medaid.store.Tx;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.medaid.policy.PolicyRegistry;
import org.medaid.session.Action;
import org.medaid.session.Session;
import org.medaid.store.Actors;
import org.medaid.store.AuditWriter;
import org.medaid.store.CategoryRecord;
import org.medaid.store.CategoryWriter;
import org.medaid.store.Database;
import org.medaid.store.PersonReader;
import org.medaid.store.PersonRecord;
import org.medaid.store.StaleRecordException;
import org.medaid.store.StoreException;

/**
 * Hand edits of categories where they change only with the monthly lists (临医保发〔2022〕13号 六 「当月其他时间不再对
 * 帮扶对象进行变更」; the policy's {@code monthlyLists} section): the edit is held, applied with the next committed list
 * (in the list's transaction, after its rows), or at once by an administrator who gives a reason (ADR 0051).
 */
public final class HeldEdits {

    private final Database db;
    private final Clock clock;
    private final Supplier<PolicyRegistry> policies;
    private final AuditWriter audit;

    public HeldEdits(Database db, Clock clock, Supplier<PolicyRegistry> policies) {
        this.db = db;
        this.clock = clock;
        this.policies = policies;
        this.audit = new AuditWriter(clock);
    }

    /** The clause under which hand edits for {@code region} are held today, or null when they apply at once. */
    public String heldUnder(String region) {
        return policies.get().find(region, LocalDate.now(clock)).filter(p -> p.extras().listsOnly())
                .map(p -> p.extras().listsOnlySource()).orElse(null);
    }

    /** Holds the addition of {@code k} (its person, code, dates, department, document number). */
    public HeldEdit holdAdd(CategoryRecord k, Session session) {
        return hold(new HeldEdit(0, 0, k.personId(), HeldEdit.Kind.ADD, null, k.code(), k.from(), k.to(), k.department(),
                k.documentNo(), null, null, HeldEdit.State.HELD, null, null, null), session);
    }

    /** Holds the end of the stored span {@code categoryId} on {@code to}. */
    public HeldEdit holdEnd(long categoryId, LocalDate to, Session session) {
        return db.inTransaction(c -> {
            CategoryRecord k = PersonReader.category(c, categoryId).filter(x -> !x.voided())
                    .orElseThrow(() -> new StoreException("category " + categoryId + " is not stored"));
            if (to == null || to.isBefore(k.from())) {
                throw new StoreException("the end date " + to + " is before the category's start " + k.from());
            }
            return insert(c, new HeldEdit(0, 0, k.personId(), HeldEdit.Kind.END, k.id(), k.code(), k.from(), to,
                    k.department(), k.documentNo(), null, null, HeldEdit.State.HELD, null, null, null), session);
        });
    }

    private HeldEdit hold(HeldEdit e, Session session) {
        return db.inTransaction(c -> insert(c, e, session));
    }

    private HeldEdit insert(Tx c, HeldEdit e, Session session) throws SQLException {
        String user = Actors.author(c, session, Action.ENROL);
        PersonRecord p = PersonReader.byId(c, e.personId()).filter(x -> !x.voided())
                .orElseThrow(() -> new StoreException("person " + e.personId() + " is not stored"));
        long id = HeldEditRows.insert(c, new HeldEdit(0, 0, p.id(), e.kind(), e.categoryId(), e.code(), e.from(), e.to(),
                e.department(), e.documentNo(), user, clock.instant(), HeldEdit.State.HELD, null, null, null));
        HeldEdit saved = HeldEditRows.byId(c, id);
        audit.write(c, user, AuditWriter.INSERT, HeldEditRows.TABLE, id, null, saved);
        return saved;
    }

    public List<HeldEdit> held() {
        return db.read(c -> HeldEditRows.held(c, null));
    }

    public List<HeldEdit> held(long personId) {
        return db.read(c -> HeldEditRows.held(c, personId));
    }

    /** An administrator applies a held edit now, with the reason; refused without one. */
    public HeldEdit override(long id, long version, String reason, Session session) {
        if (reason == null || reason.isBlank()) {
            throw new StoreException(ImportMessages.format("Held.reasonRequired"));
        }
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.OVERRIDE_MONTHLY_LIST);
            HeldEdit e = HeldEditRows.byId(c, id);
            if (e == null || e.version() != version || e.state() != HeldEdit.State.HELD) {
                throw new StaleRecordException(HeldEditRows.TABLE, id);
            }
            new CategoryWriter(clock).applyHeld(c, record(e), user);
            return resolve(c, e, HeldEdit.State.OVERRIDDEN, user, reason.strip());
        });
    }

    /**
     * Applies every held edit inside a list's commit, after its rows: an edit the list made impossible (the span
     * already ended or voided, an overlapping span) is SUPERSEDED with the store's sentence; returns how many applied.
     */
    static int applyWithList(Tx c, CategoryWriter writer, String user, Clock clock, String listName)
            throws SQLException {
        AuditWriter audit = new AuditWriter(clock);
        int applied = 0;
        for (HeldEdit e : HeldEditRows.held(c, null)) {
            String problem = problem(c, e);
            if (problem == null) {
                try {
                    c.partial(tx -> writer.applyHeld(tx, record(e), user));
                } catch (StoreException refused) {
                    problem = refused.getMessage();
                }
            }
            HeldEdit.State state = problem == null ? HeldEdit.State.APPLIED : HeldEdit.State.SUPERSEDED;
            String note = problem == null ? ImportMessages.format("Held.applied", listName) : problem;
            if (!HeldEditRows.resolve(c, e.id(), e.version(), state, user, clock.instant(), note)) {
                throw new StaleRecordException(HeldEditRows.TABLE, e.id());
            }
            audit.write(c, user, AuditWriter.UPDATE, HeldEditRows.TABLE, e.id(), e, HeldEditRows.byId(c, e.id()));
            applied += problem == null ? 1 : 0;
        }
        return applied;
    }

    private static String problem(Tx c, HeldEdit e) throws SQLException {
        if (e.kind() != HeldEdit.Kind.END) {
            return null;
        }
        CategoryRecord k = PersonReader.category(c, e.categoryId()).orElse(null);
        if (k == null || k.voided()) {
            return ImportMessages.format("Held.goneByList");
        }
        if (k.to() != null && !k.to().isAfter(e.to())) {
            return ImportMessages.format("Held.endedByList", k.to());
        }
        return null;
    }

    private HeldEdit resolve(Tx c, HeldEdit e, HeldEdit.State state, String user, String note) throws SQLException {
        if (!HeldEditRows.resolve(c, e.id(), e.version(), state, user, clock.instant(), note)) {
            throw new StaleRecordException(HeldEditRows.TABLE, e.id());
        }
        HeldEdit after = HeldEditRows.byId(c, e.id());
        audit.write(c, user, AuditWriter.UPDATE, HeldEditRows.TABLE, e.id(), e, after);
        return after;
    }

    private static CategoryRecord record(HeldEdit e) {
        return new CategoryRecord(e.kind() == HeldEdit.Kind.END ? e.categoryId() : 0, 0, e.personId(), e.code(), e.from(),
                e.to(), e.department(), e.documentNo(), false);
    }
}
