package org.medaid.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medaid.bills.StoredBill;
import org.medaid.calc.BillResult;
import org.medaid.calc.CalculationException;
import org.medaid.calc.Calculator;
import org.medaid.calc.FlagNote;
import org.medaid.calc.PremiumCalculator;
import org.medaid.calc.PremiumResult;
import org.medaid.calc.Tier;
import org.medaid.calc.TrackStatus;
import org.medaid.model.Bill;
import org.medaid.model.CaseFile;
import org.medaid.model.Money;
import org.medaid.model.Person;
import org.medaid.model.PremiumRequest;
import org.medaid.store.PersonRecord;

/**
 * Turns a person and the bills of one year into a {@link YearLedgerView}, in memory: the calculator
 * runs on the bills that count (not voided, a policy in force), in ledger order (ADR 0019).
 */
final class YearComputer {

    /** Settlement date, then entry order (POLICY-NOTES §2); the bill being typed comes last on its day. */
    static final Comparator<StoredBill> LEDGER_ORDER = Comparator.comparing(StoredBill::settlementDate)
            .thenComparingLong(StoredBill::seq);

    private final Calculator calculator;

    YearComputer(Calculator calculator) {
        this.calculator = calculator;
    }

    /** {@code draftId}: the id of the row that is being typed (0 for a new bill, -1 for none). */
    YearLedgerView compute(PersonRecord record, Person person, int year, List<StoredBill> bills, long draftId) {
        List<StoredBill> ordered = new ArrayList<>(bills);
        ordered.sort(LEDGER_ORDER);
        Map<Long, String> notComputed = new HashMap<>();
        List<Bill> counted = new ArrayList<>();
        for (StoredBill b : ordered) {
            if (b.voided()) {
                continue;
            }
            if (calculator.registry().find(person.region(), b.settlementDate()).isEmpty()) {
                notComputed.put(b.id(), "no policy in force for region " + person.region() + " on " + b.settlementDate());
            } else {
                counted.add(b.toModel());
            }
        }
        Map<String, BillResult> results = new HashMap<>();
        try {
            for (BillResult r : calculator.calculate(new CaseFile(person, counted, null)).bills()) {
                results.put(r.id(), r);
            }
        } catch (CalculationException | IllegalArgumentException e) {
            counted.forEach(b -> notComputed.put(Long.parseLong(b.id()), e.getMessage()));
        }
        List<LedgerRow> rows = new ArrayList<>();
        for (StoredBill b : ordered) {
            boolean draft = b.id() == draftId;
            BillResult r = results.get(StoredBill.modelId(b.id()));
            if (b.voided()) {
                rows.add(new LedgerRow(b, LedgerRow.Status.VOIDED, null, null, draft));
            } else if (r == null) {
                rows.add(new LedgerRow(b, LedgerRow.Status.NOT_COMPUTED, null, notComputed.get(b.id()), draft));
            } else {
                rows.add(new LedgerRow(b, LedgerRow.Status.COMPUTED, r, null, draft));
            }
        }
        return view(record, person, year, rows);
    }

    private YearLedgerView view(PersonRecord record, Person person, int year, List<LedgerRow> rows) {
        Map<Tier, BigDecimal> totals = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            totals.put(t, Money.ZERO);
        }
        BigDecimal cost = Money.ZERO;
        BigDecimal selfPay = Money.ZERO;
        List<TrackStatus> tracks = List.of();
        Map<String, FlagNote> flags = new LinkedHashMap<>();
        Set<String> unconfirmed = new LinkedHashSet<>();
        for (LedgerRow row : rows) {
            if (!row.computed()) {
                continue;
            }
            BillResult r = row.result();
            r.payments().forEach((tier, amount) -> totals.merge(tier, amount, BigDecimal::add));
            cost = cost.add(r.total());
            selfPay = selfPay.add(r.selfPay());
            tracks = r.tracks();
            r.flags().forEach(f -> flags.putIfAbsent(f.code(), f));
            unconfirmed.addAll(r.unconfirmed());
        }
        PremiumResult premium = null;
        String premiumProblem = null;
        try {
            // the policies as they are now (the county's figures set meanwhile count; not read when the services are made)
            premium = new PremiumCalculator(calculator.registry()).calculate(person, new PremiumRequest(year, null, null));
            unconfirmed.addAll(premium.unconfirmed());
        } catch (CalculationException e) {
            premiumProblem = e.getMessage();
        }
        return new YearLedgerView(record, year, List.copyOf(rows), totals, cost, selfPay, tracks, premium, premiumProblem,
                List.copyOf(flags.values()), List.copyOf(unconfirmed));
    }
}
