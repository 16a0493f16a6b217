package org.medaid.reports;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.medaid.calc.Tier;
import org.medaid.model.Money;
import org.medaid.settlement.Settled;
import org.medaid.settlement.SettlementService;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;

/**
 * What the assistance fund owes for the bills settled in a period, split by {@link Channel}: the repayment
 * list per hospital for one-stop settlements (医院垫付医疗救助资金清算表) and the list of persons owed for
 * bills claimed afterwards (零星报销). Both come from the same settlements as the statistics, with their
 * figures as they stand (the latest confirmed adjustment's), so hospitals plus persons reconcile to the fen
 * with the assistance and re-assistance the settlements hold.
 */
public final class FundPayments {

    private final SettlementService settlements;
    private final PersonStore people;
    private final MoneyBack moneyBack;

    public FundPayments(SettlementService settlements, PersonStore people) {
        this(settlements, people, new MoneyBack(settlements.recoveries(), settlements, people));
    }

    public FundPayments(SettlementService settlements, PersonStore people, MoneyBack moneyBack) {
        this.settlements = settlements;
        this.people = people;
        this.moneyBack = moneyBack;
    }

    /** One hospital's line: its one-stop settlements in the period and what the fund owes it. */
    public record HospitalLine(String hospital, long visits, long people, BigDecimal totalCost, BigDecimal assistance,
            BigDecimal reAssistance) {

        public BigDecimal owed() {
            return assistance.add(reAssistance);
        }
    }

    /** One bill claimed afterwards: the person, their account as recorded now, the settlement and what is owed. */
    public record PersonLine(long personId, String name, String idNumber, String township, String village, String bankName,
            String bankAccount, String settlementNumber, LocalDate settledOn, String hospital, BigDecimal totalCost,
            BigDecimal assistance, BigDecimal reAssistance) {

        public BigDecimal owed() {
            return assistance.add(reAssistance);
        }
    }

    /**
     * The period's two lists, the fund's total over every settlement of the period and, as rows of their own, the
     * money paid on application and owed back and returned in the period after upheld objections (ADR 0093).
     */
    public record Lists(ReportPeriod period, List<HospitalLine> hospitals, List<PersonLine> persons, BigDecimal fundTotal,
            List<MoneyBack.Entry> moneyBack) {

        public Lists {
            hospitals = List.copyOf(hospitals);
            persons = List.copyOf(persons);
            moneyBack = List.copyOf(moneyBack);
        }

        /** 依申请拨付: the approved amounts of the cases paid in the period. */
        public BigDecimal paidOnApplication() {
            return MoneyBack.paidOnApplication(moneyBack);
        }

        /** 应退回: the amounts owed back recorded in the period. */
        public BigDecimal owedBack() {
            return MoneyBack.owed(moneyBack);
        }

        /** 已追回: the returns dated in the period, voided ones not counted. */
        public BigDecimal recovered() {
            return MoneyBack.recovered(moneyBack);
        }

        /** 救助资金净支出: what the settlements of the period hold for the fund and what was paid on application, less what came back. */
        public BigDecimal net() {
            return fundTotal.add(paidOnApplication()).subtract(recovered());
        }

        /** The rows of money back whose case's first settled bill went by {@code channel} (none settled: to the person). */
        public List<MoneyBack.Entry> moneyBack(Channel channel) {
            return moneyBack.stream().filter(e -> (e.settlement() == null ? Channel.AFTERWARDS : Channel.of(e.settlement())) == channel)
                    .toList();
        }

        public BigDecimal hospitalsTotal() {
            return hospitals.stream().map(HospitalLine::owed).reduce(Money.ZERO, BigDecimal::add);
        }

        public BigDecimal personsTotal() {
            return persons.stream().map(PersonLine::owed).reduce(Money.ZERO, BigDecimal::add);
        }
    }

    public Lists compute(ReportPeriod period) {
        List<Settled> all = settlements.settledBetween(period.first(), period.last());
        Map<String, Acc> hospitals = new LinkedHashMap<>();
        List<PersonLine> persons = new ArrayList<>();
        BigDecimal fund = Money.ZERO;
        for (Settled s : all) {
            BigDecimal a = s.figures().get(Tier.assistance.name());
            BigDecimal r = s.figures().get(Tier.reAssistance.name());
            fund = fund.add(a).add(r);
            String hospital = nz(s.settlement().slip().stay().hospital());
            BigDecimal total = s.settlement().slip().result().total();
            if (Channel.of(s) == Channel.ONE_STOP) {
                hospitals.computeIfAbsent(hospital, k -> new Acc()).add(s.settlement().personId(), total, a, r);
            } else if (a.signum() != 0 || r.signum() != 0) {
                PersonRecord p = people.byId(s.settlement().personId()).orElseThrow();
                persons.add(new PersonLine(p.id(), p.name(), p.idNumber(), p.township(), p.village(), p.bankName(),
                        p.bankAccount(), s.settlement().number(), s.settledOn(), hospital, total, a, r));
            }
        }
        Collator zh = Collator.getInstance(Locale.CHINA);
        List<HospitalLine> lines = new ArrayList<>();
        hospitals.forEach((h, acc) -> lines.add(new HospitalLine(h, acc.visits, acc.people.size(), acc.total, acc.assistance,
                acc.reAssistance)));
        lines.sort(Comparator.comparing(HospitalLine::hospital, zh));
        persons.sort(Comparator.comparing((PersonLine l) -> nz(l.township()), zh).thenComparing(l -> nz(l.village()), zh)
                .thenComparing(PersonLine::name, zh).thenComparing(PersonLine::settledOn));
        return new Lists(period, lines, persons, fund, moneyBack.of(period));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static final class Acc {

        long visits;
        final Set<Long> people = new HashSet<>();
        BigDecimal total = Money.ZERO;
        BigDecimal assistance = Money.ZERO;
        BigDecimal reAssistance = Money.ZERO;

        void add(long person, BigDecimal t, BigDecimal a, BigDecimal r) {
            visits++;
            people.add(person);
            total = total.add(t);
            assistance = assistance.add(a);
            reAssistance = reAssistance.add(r);
        }
    }
}
