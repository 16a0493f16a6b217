package org.medaid.workflow;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import org.medaid.calc.Line;
import org.medaid.calc.Tier;
import org.medaid.ledger.LedgerRow;
import org.medaid.ledger.LedgerService;
import org.medaid.ledger.YearLedgerView;
import org.medaid.model.Labels;
import org.medaid.model.Money;
import org.medaid.store.Tx;

/**
 * Works out an application's {@link Grant} from its bills as they are stored now (ADR 0056): each year of the case is
 * computed twice on the person's ledger, without and with the case's bills marked approved
 * (邵医保发〔2021〕32号 三(八): 依申请、经审核后); the grant is what assistance and re-assistance gain in that year.
 * A bill already marked approved, or on a track paid without application, gains nothing: the burden is paid once.
 * <p>
 * The person's other applications of the year already approved or paid count as approved in both computations
 * (三(八): 起付线6000元 and 年度限额5万元 are the year's, POLICY-NOTES §2 the year ledger): the year's deductible and cap
 * count once across every application of the year, whatever order the bills came in. What their bills gain or lose
 * when this case's bills join the year (an earlier-dated bill taking the deductible) is part of the grant, and an
 * earlier case granted more than the policy computed for it (an override) has that excess taken off, so the year never
 * pays beyond its cap. An earlier case granted less keeps its approver's decision: the shortfall is not paid again here.
 */
final class Grants {

    private static final List<Tier> RELIEF = List.of(Tier.assistance, Tier.reAssistance);
    private static final String CLAUSE = "邵医保发〔2021〕32号 三(八)";

    private final LedgerService ledger;

    Grants(LedgerService ledger) {
        this.ledger = ledger;
    }

    Grant of(Tx c, AssistanceApplication a) throws SQLException {
        Map<Integer, Set<Long>> byYear = new TreeMap<>();
        for (ApplicationBill b : a.bills()) {
            byYear.computeIfAbsent(b.settlementDate().getYear(), y -> new LinkedHashSet<>()).add(b.billId());
        }
        List<AssistanceApplication> granted = ApplicationRows.forPerson(c, a.personId()).stream()
                .filter(o -> o.id() != a.id() && (o.stage() == Stage.APPROVED || o.stage() == Stage.PAID))
                .toList();
        BigDecimal total = Money.ZERO;
        BigDecimal adjustment = Money.ZERO;
        List<Grant.Part> parts = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Map.Entry<Integer, Set<Long>> year : byYear.entrySet()) {
            int y = year.getKey();
            Set<Long> earlier = new LinkedHashSet<>();
            List<AssistanceApplication> earlierCases = new ArrayList<>();
            for (AssistanceApplication o : granted) {
                boolean inYear = false;
                for (ApplicationBill b : o.bills()) {
                    if (b.settlementDate().getYear() == y) {
                        earlier.add(b.billId());
                        inYear = true;
                    }
                }
                if (inYear) {
                    earlierCases.add(o);
                }
            }
            Set<Long> with = new LinkedHashSet<>(earlier);
            with.addAll(year.getValue());
            YearLedgerView before = earlier.isEmpty() ? ledger.year(a.personId(), y) : ledger.yearApproved(a.personId(), y, earlier);
            YearLedgerView after = ledger.yearApproved(a.personId(), y, with);
            for (long billId : year.getValue()) {
                LedgerRow was = before.row(billId).orElse(null);
                LedgerRow now = after.row(billId).orElse(null);
                if (was == null || now == null || !was.computed() || !now.computed()) {
                    continue; // a voided bill grants nothing; the review has seen it (FIGURES_NOT_REVIEWED)
                }
                BigDecimal gain = gain(was, now).max(Money.ZERO);
                parts.add(new Grant.Part(billId, now.bill().settlementDate(), gain));
                total = total.add(gain);
                lines.add(billLine(now, relief(was), gain));
                for (Line l : now.result().lines()) {
                    if (RELIEF.stream().anyMatch(t -> t.name().equals(l.tier()))) {
                        lines.add("  " + l.text());
                    }
                }
            }
            if (earlierCases.isEmpty()) {
                continue;
            }
            // the year's earlier applications: their bills as recomputed with this case's bills in the year
            BigDecimal shift = Money.ZERO;
            for (long billId : earlier) {
                LedgerRow was = before.row(billId).orElse(null);
                LedgerRow now = after.row(billId).orElse(null);
                if (was != null && now != null && was.computed() && now.computed()) {
                    shift = shift.add(gain(was, now));
                }
            }
            BigDecimal excess = Money.ZERO;
            for (AssistanceApplication o : earlierCases) {
                lines.add(text("grant.earlier", Integer.toString(y), o.caseNumber(), Money.format(nonNull(o.approvedAmount()))));
                if (o.computedAmount() != null && o.approvedAmount() != null
                        && o.approvedAmount().compareTo(o.computedAmount()) > 0) {
                    BigDecimal over = o.approvedAmount().subtract(o.computedAmount());
                    excess = excess.add(over);
                    lines.add(text("grant.earlierOverride", o.caseNumber(), Money.format(o.computedAmount()),
                            Money.format(over)));
                }
            }
            if (shift.signum() != 0) {
                lines.add(text("grant.shift", Integer.toString(y), signed(shift)));
            }
            adjustment = adjustment.add(shift).subtract(excess);
            lines.add(text("grant.once", Integer.toString(y), CLAUSE));
        }
        BigDecimal computed = total.add(adjustment).max(Money.ZERO);
        return new Grant(Money.round2(computed), parts, lines, Money.round2(adjustment));
    }

    /**
     * A bill's head line: what the approval adds; on a policy that pays assistance at settlement (临医保发〔2022〕13号:
     * 一站式结算) or when it adds nothing, the line first says what the settlement already paid, so the lines under it, the
     * bill's own computation, do not read as contradicting an addition of 0.00.
     */
    private static String billLine(LedgerRow bill, BigDecimal settled, BigDecimal gain) {
        String date = bill.bill().settlementDate().toString();
        String hospital = nonNull(bill.bill().bill().hospitalName());
        return settled.signum() == 0 && gain.signum() != 0 ? text("grant.bill", date, hospital, Money.format(gain))
                : text("grant.bill.settled", date, hospital, Money.format(settled), Money.format(gain));
    }

    /** Assistance and re-assistance a bill pays in one computation of its year. */
    private static BigDecimal relief(LedgerRow row) {
        BigDecimal paid = Money.ZERO;
        for (Tier t : RELIEF) {
            paid = paid.add(row.paid(t));
        }
        return Money.round2(paid);
    }

    /** What assistance and re-assistance on a bill gain between two computations of its year (may be negative). */
    private static BigDecimal gain(LedgerRow before, LedgerRow after) {
        BigDecimal gain = Money.ZERO;
        for (Tier t : RELIEF) {
            gain = gain.add(after.paid(t).subtract(before.paid(t)));
        }
        return Money.round2(gain);
    }

    private static String signed(BigDecimal v) {
        return (v.signum() > 0 ? "+" : "−") + Money.format(v.abs());
    }

    private static String text(String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle("org.medaid.workflow.messages", Locale.SIMPLIFIED_CHINESE, Labels.NO_FALLBACK);
        MessageFormat f = new MessageFormat(b.getString(key), Locale.ROOT);
        return f.format(args);
    }

    private static BigDecimal nonNull(BigDecimal v) {
        return v == null ? Money.ZERO : v;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
