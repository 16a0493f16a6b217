package org.medaid.bills;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.medaid.store.Tx;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medaid.bills.BillProblem.Code;
import org.medaid.calc.Calculator;
import org.medaid.store.AuditEntry;
import org.medaid.store.AuditLog;
import org.medaid.session.Action;
import org.medaid.session.Session;
import org.medaid.store.Actors;
import org.medaid.store.AuditWriter;
import org.medaid.store.PersonWriter;
import org.medaid.store.Database;
import org.medaid.store.JdbcAuditLog;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;
import org.medaid.store.StaleRecordException;
import org.medaid.store.StoreException;

/** {@link BillStore} on the H2 database (ADR 0018: corrections in place, old and new bill in the audit). */
public final class JdbcBillStore implements BillStore {

    static final int VOID_REASON_MAX = 200;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Database db;
    private final PersonStore people;
    private final BillValidator validator;
    private final YearTrial trial;
    private final AuditWriter audit;
    private final AuditLog auditLog;
    private final Clock clock;

    public JdbcBillStore(Database db, PersonStore people, Calculator calculator) {
        this(db, people, calculator, Clock.systemDefaultZone());
    }

    public JdbcBillStore(Database db, PersonStore people, Calculator calculator, Clock clock) {
        this.db = db;
        this.people = people;
        this.validator = new BillValidator(calculator::registry);
        this.trial = new YearTrial(calculator);
        this.audit = new AuditWriter(clock);
        this.auditLog = new JdbcAuditLog(db);
        this.clock = clock;
    }

    @Override
    public List<BillProblem> check(BillDraft draft) {
        return db.read(c -> validator.check(draft, people.byId(draft.personId()).orElse(null), LocalDate.now(clock)));
    }

    @Override
    public StoredBill add(BillDraft bill, Session session) {
        return db.inTransaction(c -> insert(c, bill, Actors.author(c, session, Action.ENTER_BILL)));
    }

    /** Adds a bill of the sample township; the audit names {@link PersonWriter#SAMPLE_AUTHOR}, never a caller's name. */
    public StoredBill addSample(BillDraft bill) {
        return db.inTransaction(c -> insert(c, bill, PersonWriter.SAMPLE_AUTHOR));
    }

    private StoredBill insert(org.medaid.store.Tx c, BillDraft bill, String user) throws java.sql.SQLException {
        {
            BillDraft d = checked(c, bill, 0, null);
            StoredBill saved = BillRows.insert(c, d, user, now());
            audit.write(c, user, AuditWriter.INSERT, BillRows.TABLE, saved.id(), null, saved);
            return saved;
        }
    }

    @Override
    public StoredBill correct(long billId, long version, BillDraft newBill, Session session) {
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.ENTER_BILL);
            StoredBill before = current(c, billId, version);
            if (newBill.personId() != before.personId()) {
                throw new BillRejectedException(List.of(BillProblem.of(Code.PERSON_CHANGED, null,
                        Long.toString(before.personId()), Long.toString(newBill.personId()))));
            }
            BillDraft d = checked(c, newBill, billId, before);
            StoredBill after = BillRows.correct(c, before, version, d, user, now());
            audit.write(c, user, AuditWriter.UPDATE, BillRows.TABLE, billId, before, after);
            return after;
        });
    }

    @Override
    public StoredBill voidBill(long billId, long version, String reason, Session session) {
        return db.inTransaction(c -> {
            String user = Actors.author(c, session, Action.ENTER_BILL);
            if (reason == null || reason.isBlank()) {
                throw new BillRejectedException(List.of(BillProblem.of(Code.VOID_REASON_MISSING, "voidReason")));
            }
            if (reason.strip().length() > VOID_REASON_MAX) {
                throw new BillRejectedException(List.of(BillProblem.of(Code.TEXT_TOO_LONG, "voidReason",
                        Integer.toString(VOID_REASON_MAX))));
            }
            StoredBill before = current(c, billId, version);
            PersonRecord person = people.byId(before.personId()).orElseThrow();
            int year = before.settlementDate().getYear();
            List<BillProblem> problems = trial.check(c, CalcPerson.of(person, people.categories(person.id())),
                    person.id(), Set.of(year), billId, null);
            if (!problems.isEmpty()) {
                throw new BillRejectedException(problems);
            }
            StoredBill after = BillRows.voidBill(c, before, version, reason.strip(), user, now());
            audit.write(c, user, AuditWriter.VOID, BillRows.TABLE, billId, before, after);
            return after;
        });
    }

    @Override
    public Optional<StoredBill> byId(long billId) {
        return db.read(c -> BillRows.byId(c, billId));
    }

    @Override
    public List<StoredBill> forPersonAndYear(long personId, int year) {
        return db.read(c -> BillRows.forPerson(c, personId, year, year));
    }

    @Override
    public List<BillRevision> history(long billId) {
        List<BillRevision> out = new ArrayList<>();
        for (AuditEntry e : auditLog.forRecord(BillRows.TABLE, billId)) {
            out.add(new BillRevision(e.at(), e.user(), e.action(), read(e.oldValue()), read(e.newValue())));
        }
        return out;
    }

    /** Validates, then computes the years the change touches; returns the draft as it will be stored. */
    private BillDraft checked(Tx c, BillDraft draft, long replacedId, StoredBill before) throws SQLException {
        PersonRecord person = people.byId(draft.personId()).orElse(null);
        List<BillProblem> problems = validator.check(draft, person, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new BillRejectedException(problems);
        }
        BillDraft d = draft.normalized();
        if (d.referredFrom() != null && !earlierStay(c, d, replacedId)) {
            throw new BillRejectedException(List.of(BillProblem.of(Code.REFERRED_FROM_INVALID, "referredFrom",
                    Long.toString(d.referredFrom()))));
        }
        Set<Integer> years = before == null || before.settlementDate().getYear() == d.settlementDate().getYear()
                ? Set.of(d.settlementDate().getYear())
                : Set.of(d.settlementDate().getYear(), before.settlementDate().getYear());
        Long seq = before == null ? null : before.seq();
        String id = before == null ? "new" : StoredBill.modelId(before.id());
        problems = trial.check(c, CalcPerson.of(person, people.categories(person.id())), person.id(), years, replacedId,
                d.toModel(id, seq));
        if (!problems.isEmpty()) {
            throw new BillRejectedException(problems);
        }
        return d;
    }

    /**
     * POLICY-NOTES §7.5: the earlier stay is another live inpatient bill of the same person and year, discharged on
     * the admission day or the day before (the calculator's own test, said here in a sentence).
     */
    private static boolean earlierStay(Tx c, BillDraft d, long replacedId) throws SQLException {
        if (d.referredFrom() == replacedId) {
            return false;
        }
        StoredBill e = BillRows.byId(c, d.referredFrom()).orElse(null);
        return e != null && !e.voided() && e.personId() == d.personId() && e.bill().kind() == org.medaid.model.BillKind.INPATIENT
                && e.bill().discharged() != null && d.admitted() != null
                && e.bill().discharged().getYear() == d.settlementDate().getYear()
                && !e.bill().discharged().isAfter(d.admitted()) && !e.bill().discharged().isBefore(d.admitted().minusDays(1));
    }

    private static StoredBill current(Tx c, long billId, long version) throws SQLException {
        StoredBill b = BillRows.byId(c, billId).orElseThrow(() -> new BillRejectedException(
                List.of(BillProblem.of(Code.BILL_UNKNOWN, null, Long.toString(billId)))));
        if (b.voided()) {
            throw new BillRejectedException(List.of(BillProblem.of(Code.BILL_VOIDED, null, Long.toString(billId))));
        }
        if (b.version() != version) {
            throw new StaleRecordException(BillRows.TABLE, billId);
        }
        return b;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static StoredBill read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, StoredBill.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot read a bill from the audit trail: " + e.getMessage(), e);
        }
    }
}
