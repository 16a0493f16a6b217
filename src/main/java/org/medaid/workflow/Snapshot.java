package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medaid.bills.StoredBill;
import org.medaid.calc.BillResult;
import org.medaid.calc.FlagNote;
import org.medaid.calc.Tier;
import org.medaid.ledger.LedgerFlags;
import org.medaid.ledger.LedgerRow;
import org.medaid.ledger.LedgerService;
import org.medaid.ledger.YearLedgerView;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;

/**
 * What an application keeps of the moment it was made: the household's members and each bill's
 * amounts as the ledger computes them then (ADR 0021: later corrections do not rewrite a reviewed case).
 */
final class Snapshot {

    private final PersonStore people;
    private final LedgerService ledger;

    Snapshot(PersonStore people, LedgerService ledger) {
        this.people = people;
        this.ledger = ledger;
    }

    List<HouseholdMember> household(PersonRecord person) {
        long head = person.householdHeadId() == null ? person.id() : person.householdHeadId();
        List<HouseholdMember> out = new ArrayList<>();
        for (PersonRecord m : people.household(head)) {
            if (!m.voided()) {
                out.add(new HouseholdMember(m.id(), m.name(), m.relation(), m.idNumber()));
            }
        }
        if (out.stream().noneMatch(m -> m.personId() == person.id())) {
            out.add(0, new HouseholdMember(person.id(), person.name(), person.relation(), person.idNumber()));
        }
        return out;
    }

    /** The bills, computed, in ledger order; refused when one is not the person's or does not count. */
    List<ApplicationBill> bills(long personId, List<StoredBill> stored) {
        Map<Integer, YearLedgerView> years = new HashMap<>();
        List<ApplicationBill> out = new ArrayList<>();
        for (StoredBill b : stored) {
            if (b.personId() != personId) {
                throw new WorkflowException(WorkflowProblem.BILL_NOT_OF_PERSON, Long.toString(b.id()));
            }
            LocalDate date = b.settlementDate();
            YearLedgerView year = years.computeIfAbsent(date.getYear(), y -> ledger.year(personId, y));
            LedgerRow row = year.row(b.id()).filter(LedgerRow::computed)
                    .orElseThrow(() -> new WorkflowException(WorkflowProblem.BILL_NOT_COMPUTED, Long.toString(b.id())));
            BillResult r = row.result();
            out.add(new ApplicationBill(b.id(), b.version(), date, b.bill().hospitalName(), r.total(), r.compliant(),
                    r.paid(Tier.basic), r.paid(Tier.criticalIllness), r.paid(Tier.assistance), r.paid(Tier.reAssistance),
                    r.paid(Tier.hospitalReduction).add(r.paid(Tier.fallback)), r.selfPay(),
                    r.flags().stream().map(FlagNote::code).toList()));
        }
        out.sort((a, b) -> a.settlementDate().compareTo(b.settlementDate()));
        return out;
    }

    /** The flags that send these bills to application, or {@link AssistanceApplication#ON_REQUEST}. */
    static List<String> grounds(List<ApplicationBill> bills) {
        Set<String> g = new LinkedHashSet<>();
        for (ApplicationBill b : bills) {
            b.flags().stream().filter(LedgerFlags.BY_APPLICATION::contains).forEach(g::add);
        }
        return g.isEmpty() ? List.of(AssistanceApplication.ON_REQUEST) : List.copyOf(g);
    }

    static BigDecimal selfPay(List<ApplicationBill> bills) {
        return bills.stream().map(ApplicationBill::selfPay).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
