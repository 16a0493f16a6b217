package org.medaid.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medaid.calc.Calculator;
import org.medaid.model.Bill;
import org.medaid.model.BillKind;
import org.medaid.model.CaseFile;

/**
 * The floor of {@link CalcBenchmark}: the same bills settled by the same cumulative year-ledger arithmetic
 * (POLICY-NOTES §2) written in plain BigDecimal, with fixed figures instead of a policy and no explanations,
 * categories, flags or checks. Per bill: compliant cost; basic insurance from a per-kind deductible and rate
 * (or as the hospital settled it) under an annual cap; then critical illness, assistance and re-assistance,
 * each payment(k) = min(round2(F(B(k))) − round2(F(B(k−1))), cap − paid), never below 0, on running bases;
 * self-pay and the year's totals. What the calculator does beyond this is its cost over the floor.
 */
final class CalcFloor {

    private static final BigDecimal[] DEDUCTIBLE = {dec("600"), dec("200"), dec("0"), dec("0")};
    private static final BigDecimal[] RATE = {dec("0.70"), dec("0.65"), dec("0.50"), dec("0.60")};
    private static final BigDecimal BASIC_CAP = dec("150000");
    private static final Schedule CRITICAL = new Schedule(dec("15000"), new BigDecimal[] {dec("50000"), dec("100000"), null},
            new BigDecimal[] {dec("0.60"), dec("0.70"), dec("0.80")}, dec("300000"));
    private static final Schedule ASSISTANCE = new Schedule(BigDecimal.ZERO, new BigDecimal[] {null},
            new BigDecimal[] {dec("0.70")}, dec("60000"));
    private static final Schedule RE_ASSISTANCE = new Schedule(dec("5000"), new BigDecimal[] {null},
            new BigDecimal[] {dec("0.50")}, dec("30000"));

    private record Schedule(BigDecimal deductible, BigDecimal[] upTo, BigDecimal[] rate, BigDecimal cap) {
        /** F(B): each segment's rate on the part of B above the deductible that falls into it; exact. */
        BigDecimal f(BigDecimal base) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal lower = deductible;
            for (int i = 0; i < rate.length; i++) {
                BigDecimal hi = upTo[i] == null ? base : base.min(upTo[i]);
                if (hi.compareTo(lower) > 0) {
                    sum = sum.add(hi.subtract(lower).multiply(rate[i]));
                }
                if (upTo[i] == null) {
                    break;
                }
                lower = upTo[i];
            }
            return sum;
        }
    }

    /** The year's running state: per schedule the base B and what it paid, and the totals. */
    private static final class Year {
        BigDecimal basicPaid = zero();
        final BigDecimal[] base = {zero(), zero(), zero()};
        final BigDecimal[] paid = {zero(), zero(), zero()};
        BigDecimal selfPay = zero();
        BigDecimal burden = zero();
    }

    /** One bill's payments and the year to date after it, as the calculator's result holds them. */
    record Result(String id, BigDecimal compliant, BigDecimal basic, BigDecimal critical, BigDecimal assistance,
            BigDecimal reAssistance, BigDecimal selfPay, BigDecimal yearSelfPay, BigDecimal yearBurden) {
    }

    private CalcFloor() {
    }

    static List<Result> settle(CaseFile file) {
        List<Bill> ordered = new ArrayList<>(file.bills());
        ordered.sort(Calculator.LEDGER_ORDER);
        Map<Integer, Year> years = new HashMap<>();
        List<Result> out = new ArrayList<>(ordered.size());
        for (Bill b : ordered) {
            Year y = years.computeIfAbsent(b.settlementDate().getYear(), k -> new Year());
            BigDecimal compliant = b.total().subtract(b.outOfCatalog()).subtract(b.classBSelfPay()).subtract(b.overLimit());
            BigDecimal basic;
            if (b.basic() != null) {
                basic = b.basic();
            } else {
                int k = kind(b.kind());
                basic = round2(max0(compliant.subtract(DEDUCTIBLE[k])).multiply(RATE[k])).min(max0(BASIC_CAP.subtract(y.basicPaid)));
            }
            y.basicPaid = y.basicPaid.add(basic);
            BigDecimal critical = b.criticalIllness() != null ? settled(y, 0, max0(compliant.subtract(basic)), b.criticalIllness())
                    : pay(CRITICAL, y, 0, max0(compliant.subtract(basic)));
            BigDecimal afterInsurance = max0(compliant.subtract(basic).subtract(critical));
            BigDecimal assistance = pay(ASSISTANCE, y, 1, afterInsurance);
            BigDecimal burden = max0(afterInsurance.subtract(assistance));
            BigDecimal reAssistance = pay(RE_ASSISTANCE, y, 2, burden);
            BigDecimal selfPay = b.total().subtract(basic).subtract(critical).subtract(assistance).subtract(reAssistance);
            y.selfPay = y.selfPay.add(selfPay);
            y.burden = y.burden.add(burden);
            out.add(new Result(b.id(), compliant, basic, critical, assistance, reAssistance, selfPay, y.selfPay, y.burden));
        }
        return out;
    }

    private static BigDecimal pay(Schedule s, Year y, int i, BigDecimal base) {
        BigDecimal before = y.base[i];
        BigDecimal after = before.add(base);
        BigDecimal due = round2(s.f(after)).subtract(round2(s.f(before)));
        BigDecimal pay = max0(due.min(base)).min(max0(s.cap().subtract(y.paid[i])));
        y.base[i] = after;
        y.paid[i] = y.paid[i].add(pay);
        return pay;
    }

    /** What the hospital settled stands and fills the year's base and paid. */
    private static BigDecimal settled(Year y, int i, BigDecimal base, BigDecimal amount) {
        y.base[i] = y.base[i].add(base);
        y.paid[i] = y.paid[i].add(amount);
        return amount;
    }

    private static int kind(BillKind kind) {
        return switch (kind) {
            case INPATIENT -> 0;
            case OUTPATIENT_SPECIAL -> 1;
            case OUTPATIENT_GENERAL -> 2;
            case SPECIAL_DRUG -> 3;
        };
    }

    private static BigDecimal round2(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal max0(BigDecimal v) {
        return v.signum() < 0 ? zero() : v;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
