package org.medaid.bills;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medaid.bills.BillProblem.Code;
import org.medaid.model.Money;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.PersonRecord;

/**
 * Everything that can be said about a bill from the bill itself, its person and the policies, before
 * any computation: every problem at once, so the screen can mark every field (bad input).
 * Whether the person's whole year still computes with it is checked by {@link YearTrial}.
 */
public final class BillValidator {

    /** No single settlement of a township clerk's desk comes near this; a typo with extra digits does. */
    static final BigDecimal LARGEST_AMOUNT = org.medaid.model.Limits.MAX_AMOUNT;
    // the one table of limits (ADR 0029)
    static final int HOSPITAL_NAME_MAX = org.medaid.model.TextLimit.HOSPITAL_NAME.length();
    static final int DIAGNOSIS_MAX = org.medaid.model.TextLimit.DIAGNOSIS.length();
    static final int SPECIAL_DISEASE_MAX = org.medaid.model.TextLimit.SPECIAL_DISEASE.length();

    private final java.util.function.Supplier<PolicyRegistry> policies;

    public BillValidator(PolicyRegistry policies) {
        this(() -> policies);
    }

    /**
     * Over the policies as they are when a bill is checked (the calculator's source: the county's figures set meanwhile
     * count, ADR 0036), read at the first check and not when the desk's services are made (ADR 0090: not on the way
     * from the login to the first page).
     */
    public BillValidator(java.util.function.Supplier<PolicyRegistry> policies) {
        this.policies = policies;
    }

    /** The problems of {@code d} for {@code person} (null: no such person) on {@code today}; empty when it may be saved. */
    public List<BillProblem> check(BillDraft d, PersonRecord person, LocalDate today) {
        List<BillProblem> out = new ArrayList<>();
        if (person == null) {
            out.add(BillProblem.of(Code.PERSON_UNKNOWN, null, Long.toString(d.personId())));
        } else if (person.voided()) {
            out.add(BillProblem.of(Code.PERSON_VOIDED, null, person.name()));
        }
        if (d.kind() == null) {
            out.add(BillProblem.of(Code.KIND_MISSING, "kind"));
        }
        checkText(out, "hospitalName", d.hospitalName(), HOSPITAL_NAME_MAX, true);
        checkText(out, "diagnosis", d.diagnosis(), DIAGNOSIS_MAX, false);
        checkText(out, "specialDisease", d.specialDisease(), SPECIAL_DISEASE_MAX, false);
        checkDates(out, d, today);
        boolean amountsOk = checkAmount(out, "total", d.total(), true)
                & checkAmount(out, "outOfCatalog", d.outOfCatalog(), false)
                & checkAmount(out, "classBSelfPay", d.classBSelfPay(), false)
                & checkAmount(out, "overLimit", d.overLimit(), false)
                & checkAmount(out, "basic", d.basic(), false)
                & checkAmount(out, "criticalIllness", d.criticalIllness(), false)
                & checkAmount(out, "tiltApproved", d.tiltApproved(), false)
                & checkAmount(out, "supplementaryInsurance", d.supplementaryInsurance(), false)
                & checkAmount(out, "assistance", d.assistance(), false)
                & checkAmount(out, "reAssistance", d.reAssistance(), false);
        if (amountsOk) {
            checkParts(out, d);
        }
        if (person != null && d.settlementDate() != null) {
            checkPolicy(out, d, person.region());
            policies.get().find(person.region(), d.settlementDate())
                    .ifPresent(p -> EmployeeBills.check(out, d, person.insurance(), p));
        }
        return out;
    }

    private static void checkText(List<BillProblem> out, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                out.add(BillProblem.of(Code.HOSPITAL_MISSING, field));
            }
        } else if (value.strip().length() > max) {
            out.add(BillProblem.of(Code.TEXT_TOO_LONG, field, Integer.toString(max)));
        }
    }

    private static void checkDates(List<BillProblem> out, BillDraft d, LocalDate today) {
        if (d.settlementDate() == null) {
            out.add(BillProblem.of(Code.DATE_MISSING, "discharged"));
            return;
        }
        if (d.admitted() != null && d.discharged() != null && d.discharged().isBefore(d.admitted())) {
            out.add(BillProblem.of(Code.DISCHARGE_BEFORE_ADMISSION, "discharged", d.discharged().toString(),
                    d.admitted().toString()));
        }
        if (d.settlementDate().isAfter(today)) {
            out.add(BillProblem.of(Code.DATE_IN_FUTURE, d.discharged() != null ? "discharged" : "admitted",
                    d.settlementDate().toString()));
        }
    }

    private static boolean checkAmount(List<BillProblem> out, String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                out.add(BillProblem.of(Code.AMOUNT_MISSING, field));
                return false;
            }
            return true;
        }
        if (value.signum() < 0) {
            out.add(BillProblem.of(Code.AMOUNT_NEGATIVE, field, value.toPlainString()));
            return false;
        }
        // judged by precision and scale first (ADR 0029): 1e-999999999 is never written out in full
        java.util.Optional<org.medaid.model.Limits.Breach> breach = org.medaid.model.Limits.amount(value);
        if (breach.isPresent() && breach.get() == org.medaid.model.Limits.Breach.TOO_MANY_DECIMALS) {
            String shown = value.toString();
            out.add(BillProblem.of(Code.AMOUNT_DECIMALS, field, shown.length() > 40 ? shown.substring(0, 40) + "…" : shown));
            return false;
        }
        if (breach.isPresent() || value.compareTo(LARGEST_AMOUNT) > 0) {
            out.add(BillProblem.of(Code.AMOUNT_TOO_LARGE, field, breach.isPresent() ? value.toString() : Money.format(value)));
            return false;
        }
        return true;
    }

    /** POLICY-NOTES §1: compliant = total − outOfCatalog − classBSelfPay − overLimit, never negative. */
    private static void checkParts(List<BillProblem> out, BillDraft d) {
        BigDecimal parts = zero(d.outOfCatalog()).add(zero(d.classBSelfPay())).add(zero(d.overLimit()));
        BigDecimal compliant = d.total().subtract(parts);
        if (compliant.signum() < 0) {
            out.add(BillProblem.of(Code.PARTS_EXCEED_TOTAL, "total", Money.format(parts), Money.format(d.total())));
            return;
        }
        BigDecimal settled = zero(d.basic()).add(zero(d.criticalIllness()));
        if (settled.compareTo(compliant) > 0) {
            out.add(BillProblem.of(Code.SETTLED_EXCEED_COMPLIANT, d.basic() != null ? "basic" : "criticalIllness",
                    Money.format(settled), Money.format(compliant)));
        }
    }

    private void checkPolicy(List<BillProblem> out, BillDraft d, String region) {
        Optional<Policy> policy = policies.get().find(region, d.settlementDate());
        if (policy.isEmpty()) {
            out.add(BillProblem.of(Code.NO_POLICY, null, region, d.settlementDate().toString()));
            return;
        }
        SecondAuditInputs.check(out, d, policy.get());
        if (d.tiltApproved() != null && d.kind() != null) {
            var manual = policy.get().reAssistance().manual();
            if (manual == null || !manual.kinds().contains(d.kind())) {
                out.add(BillProblem.of(Code.TILT_NOT_IN_POLICY, "tiltApproved", policy.get().id()));
            }
        }
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? Money.ZERO : v;
    }
}
