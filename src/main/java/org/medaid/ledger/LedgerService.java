package org.medaid.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.medaid.bills.BillDraft;
import org.medaid.bills.BillProblem;
import org.medaid.bills.BillStore;
import org.medaid.bills.BillValidator;
import org.medaid.bills.CalcPerson;
import org.medaid.bills.StoredBill;
import org.medaid.calc.Calculator;
import org.medaid.model.Person;
import org.medaid.store.Database;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;
import org.medaid.store.StoreException;

/**
 * The person's year ledger and the live preview of a bill being typed (ADR 0019).
 * Nothing computed is stored: every view is computed from the person's categories and bills as they
 * are now, so a correction or void of an earlier bill recomputes the later ones by construction.
 */
public final class LedgerService {

    /** The id of the row of a bill being typed that is not saved yet. */
    public static final long NEW_BILL = 0;
    private static final long NO_DRAFT = -1;

    private final Database db;
    private final PersonStore people;
    private final BillStore bills;
    private final BillValidator validator;
    private final YearComputer computer;
    private final Clock clock;

    public LedgerService(Database db, PersonStore people, BillStore bills, Calculator calculator, Clock clock) {
        this.db = db;
        this.people = people;
        this.bills = bills;
        this.validator = new BillValidator(calculator::registry);
        this.computer = new YearComputer(calculator);
        this.clock = clock;
    }

    public LedgerService(Database db, PersonStore people, BillStore bills, Calculator calculator) {
        this(db, people, bills, calculator, Clock.systemDefaultZone());
    }

    /** The person's bills of {@code year} in settlement order, computed, voided ones listed. */
    public YearLedgerView year(long personId, int year) {
        return db.inTransaction(c -> {
            Loaded p = load(personId);
            return computer.compute(p.record, p.model, year, bills.forPersonAndYear(personId, year), NO_DRAFT);
        });
    }

    /**
     * The year as if the bills {@code approved} carried an approved application for high medical costs
     * (邵医保发〔2021〕32号 三(八)); nothing is stored. The approval's granted amount is worked out on it.
     */
    public YearLedgerView yearApproved(long personId, int year, java.util.Set<Long> approved) {
        return db.inTransaction(c -> {
            Loaded p = load(personId);
            List<StoredBill> with = bills.forPersonAndYear(personId, year).stream()
                    .map(b -> !approved.contains(b.id()) ? b : new StoredBill(b.id(), b.version(), b.seq(),
                            b.bill().withApplicationApproved(true), b.enteredBy(), b.enteredAt(), b.correctedBy(),
                            b.correctedAt(), b.voided(), b.voidReason(), b.voidedBy(), b.voidedAt()))
                    .toList();
            return computer.compute(p.record, p.model, year, with, NO_DRAFT);
        });
    }

    /** The year as if {@code draft}, a new bill, were saved now; and what it changes in the other bills. */
    public Preview preview(long personId, BillDraft draft) {
        return db.inTransaction(c -> {
            Loaded p = load(personId);
            List<BillProblem> problems = new ArrayList<>(validator.check(draft, p.record, LocalDate.now(clock)));
            if (draft.personId() != personId) {
                problems.add(BillProblem.of(BillProblem.Code.PERSON_CHANGED, null));
            }
            if (blocked(problems)) {
                return new Preview(problems, null, null, null);
            }
            BillDraft d = draft.normalized();
            int year = d.settlementDate().getYear();
            List<StoredBill> stored = bills.forPersonAndYear(personId, year);
            List<StoredBill> with = new ArrayList<>(stored);
            with.add(new StoredBill(NEW_BILL, 0, Long.MAX_VALUE, d, null, null, null, null, false, null, null, null));
            return preview(p, problems, year, stored, with, NEW_BILL);
        });
    }

    /** The year as if stored bill {@code billId} were corrected to {@code draft}, and what that changes. */
    public Preview previewCorrection(long billId, BillDraft draft) {
        return db.inTransaction(c -> {
            StoredBill old = bills.byId(billId).orElseThrow(() -> new StoreException("no bill " + billId));
            Loaded p = load(old.personId());
            List<BillProblem> problems = new ArrayList<>(validator.check(draft, p.record, LocalDate.now(clock)));
            if (draft.personId() != old.personId()) {
                problems.add(BillProblem.of(BillProblem.Code.PERSON_CHANGED, null));
            }
            if (old.voided()) {
                problems.add(BillProblem.of(BillProblem.Code.BILL_VOIDED, null, Long.toString(billId)));
            }
            if (blocked(problems)) {
                return new Preview(problems, null, null, null);
            }
            BillDraft d = draft.normalized();
            int year = d.settlementDate().getYear();
            List<StoredBill> stored = bills.forPersonAndYear(old.personId(), year);
            List<StoredBill> with = new ArrayList<>(stored.stream().filter(b -> b.id() != billId).toList());
            with.add(new StoredBill(billId, old.version(), old.seq(), d, old.enteredBy(), old.enteredAt(), null, null, false,
                    null, null, null));
            return preview(p, problems, year, stored, with, billId);
        });
    }

    /** What voiding {@code billId} would change in the later bills of its year. */
    public LedgerDiff previewVoid(long billId) {
        return db.inTransaction(c -> {
            StoredBill old = bills.byId(billId).orElseThrow(() -> new StoreException("no bill " + billId));
            Loaded p = load(old.personId());
            int year = old.settlementDate().getYear();
            List<StoredBill> stored = bills.forPersonAndYear(old.personId(), year);
            List<StoredBill> without = stored.stream().filter(b -> b.id() != billId).toList();
            return LedgerDiff.of(computer.compute(p.record, p.model, year, stored, NO_DRAFT),
                    computer.compute(p.record, p.model, year, without, NO_DRAFT));
        });
    }

    /** Which bills changed, and by how much, between two views of the same year (before and after a save). */
    public static LedgerDiff diff(YearLedgerView before, YearLedgerView after) {
        return LedgerDiff.of(before, after);
    }

    private Preview preview(Loaded p, List<BillProblem> problems, int year, List<StoredBill> stored,
            List<StoredBill> with, long draftId) {
        YearLedgerView before = computer.compute(p.record, p.model, year, stored, NO_DRAFT);
        YearLedgerView after = computer.compute(p.record, p.model, year, with, draftId);
        LedgerRow draftRow = after.row(draftId).orElseThrow();
        List<BillProblem> all = new ArrayList<>(problems);
        if (!draftRow.computed()) {
            all.add(BillProblem.of(BillProblem.Code.CANNOT_COMPUTE, null, draftRow.problem()));
        }
        return new Preview(all, after, draftRow, LedgerDiff.of(before, after));
    }

    private static boolean blocked(List<BillProblem> problems) {
        return problems.stream().anyMatch(pr -> pr.code().blocksComputation());
    }

    private record Loaded(PersonRecord record, Person model) {
    }

    private Loaded load(long personId) {
        PersonRecord record = people.byId(personId).orElseThrow(() -> new StoreException("no person " + personId));
        return new Loaded(record, CalcPerson.of(record, people.categories(personId)));
    }
}
