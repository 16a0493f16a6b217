package org.medaid.chronic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.medaid.bills.BillDraft;
import org.medaid.insurance.CoverageCheck;
import org.medaid.insurance.CoverageRecord;
import org.medaid.insurance.InsuranceCondition;
import org.medaid.insurance.InsuranceLedger;
import org.medaid.insurance.InsuranceTexts;
import org.medaid.insurance.UninsuredReason;
import org.medaid.policy.Policy;

/**
 * The flags the bill screen shows beside the calculator's, for the bill as typed: the 参保台账 on the bill's date
 * (未参保 with the reason the ledger records, the clause of the person's policy that makes insurance a condition of
 * assistance or that it is unconfirmed there (ADR 0092) or the county's decision (ADR 0098), and whether an application
 * on it is refused; 未登记 asks the
 * clerk to record the year) and a special-outpatient bill outside the person's certified entitlements (ADR 0068).
 */
public final class BillFlags {

    private final InsuranceLedger insurance;
    private final ChronicEntitlements entitlements;

    public BillFlags(InsuranceLedger insurance, ChronicEntitlements entitlements) {
        this.insurance = insurance;
        this.entitlements = entitlements;
    }

    /** The flag sentences of the bill, each with its clause; empty when there is nothing to say or no date yet. */
    public List<String> of(long personId, BillDraft bill, Locale locale) {
        return of(personId, List.of(bill), locale).get(0);
    }

    /**
     * The flag sentences of each bill, in the order given (the same as {@link #of(long, BillDraft, Locale)} bill by bill).
     * The county's decision on the insurance condition is read once per policy the 未参保 bills fall under in this call,
     * not once per bill: a list of bills under one policy costs one read of it.
     */
    public List<List<String>> of(long personId, List<BillDraft> bills, Locale locale) {
        Map<String, InsuranceCondition> conditions = new HashMap<>();
        List<List<String>> out = new ArrayList<>(bills.size());
        for (BillDraft bill : bills) {
            out.add(flags(personId, bill, locale, conditions));
        }
        return out;
    }

    private List<String> flags(long personId, BillDraft bill, Locale locale, Map<String, InsuranceCondition> conditions) {
        LocalDate date = bill.settlementDate();
        if (date == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        CoverageCheck c = insurance.check(personId, date);
        if (c.flagged()) {
            out.add(coverage(c, personId, locale, conditions));
        }
        String chronic = ChronicTexts.check(entitlements.check(personId, bill.kind(), bill.specialDisease(), date), locale);
        if (chronic != null) {
            out.add(chronic);
        }
        return out;
    }

    private String coverage(CoverageCheck c, long personId, Locale locale, Map<String, InsuranceCondition> conditions) {
        if (c.state() == CoverageCheck.State.UNRECORDED) {
            return ChronicTexts.get("bill.flag.UNRECORDED", locale, c.date().toString());
        }
        CoverageRecord e = c.entry();
        String why;
        if (e.reason() == null) {
            // insured that year, but only from a date after the bill's (中途参保)
            why = ChronicTexts.get("bill.flag.insuredFrom", locale, e.draft().coveredFrom().toString());
        } else {
            why = InsuranceTexts.reason(e.reason(), locale)
                    + (e.reason() == UninsuredReason.OTHER || e.reasonText() != null && !e.reasonText().isBlank()
                            ? "：" + (e.reasonText() == null ? "" : e.reasonText()) : "");
        }
        // the clause of the person's own policy on the bill's date, or that it is unconfirmed there (ADR 0092), or the
        // county's decision with its own document; "not required" lets the bill be applied for (ADR 0098). The decision
        // is read once per policy in a call (keyed by the policy's id, as the decision is stored; "" for none in force)
        Optional<Policy> policy = entitlements.policy(personId, c.date());
        InsuranceCondition condition = conditions.computeIfAbsent(policy.map(Policy::id).orElse(""),
                k -> insurance.condition(policy));
        return ChronicTexts.get(condition.refuses() ? "bill.flag.NOT_INSURED" : "bill.flag.NOT_INSURED_ALLOWED", locale,
                c.date().toString(), why, condition.sentence(locale));
    }
}
