package org.medaid.reports;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.medaid.model.Category;
import org.medaid.model.Money;
import org.medaid.settlement.Figures;
import org.medaid.settlement.Settled;
import org.medaid.settlement.SettlementService;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;

/** Sums the issued settlements of a period into {@link Statistics}. */
public final class StatisticsService {

    /** The key of people holding no category the statistics name. */
    public static final String ORDINARY = "ORDINARY";
    /** The category key of money owed back on a case none of whose bills was settled (ADR 0093). */
    public static final String UNRECORDED = "UNRECORDED";
    /** Self-pay bands of the burden chart, in yuan: 0–1,000, –5,000, –10,000, –20,000, above. */
    static final List<BigDecimal> BANDS = List.of(BigDecimal.ZERO, new BigDecimal("1000"), new BigDecimal("5000"),
            new BigDecimal("10000"), new BigDecimal("20000"));

    private final SettlementService settlements;
    private final PersonStore people;
    private final MoneyBack moneyBack;

    public StatisticsService(SettlementService settlements, PersonStore people) {
        this(settlements, people, new MoneyBack(settlements.recoveries(), settlements, people));
    }

    public StatisticsService(SettlementService settlements, PersonStore people, MoneyBack moneyBack) {
        this.settlements = settlements;
        this.people = people;
        this.moneyBack = moneyBack;
    }

    public Statistics compute(ReportPeriod period) {
        List<Settled> all = settlements.settledBetween(period.first(), period.last());
        Map<Long, PersonRecord> persons = new HashMap<>();
        for (Settled s : all) {
            persons.computeIfAbsent(s.settlement().personId(), id -> people.byId(id).orElseThrow());
        }
        Acc total = new Acc();
        Map<String, Acc> township = new TreeMap<>();
        Map<String, Acc> village = new TreeMap<>();
        Map<String, Acc> category = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            category.put(c.name(), new Acc());
        }
        category.put(ORDINARY, new Acc());
        Map<String, Acc> policy = new TreeMap<>();
        Map<YearMonth, Acc> month = new LinkedHashMap<>();
        period.months().forEach(m -> month.put(m, new Acc()));
        Map<Long, BigDecimal> selfPay = new HashMap<>();
        Map<Channel, Acc> channel = new LinkedHashMap<>();
        for (Channel c : Channel.values()) {
            channel.put(c, new Acc());
        }
        for (Settled s : all) {
            PersonRecord p = persons.get(s.settlement().personId());
            total.add(s);
            township.computeIfAbsent(nz(p.township()), k -> new Acc()).add(s);
            village.computeIfAbsent(nz(p.township()) + " " + nz(p.village()), k -> new Acc()).add(s);
            category.get(mainCategory(s)).add(s);
            policy.computeIfAbsent(s.settlement().policy(), k -> new Acc()).add(s);
            month.get(YearMonth.from(s.settledOn())).add(s);
            channel.get(Channel.of(s)).add(s);
            selfPay.merge(p.id(), s.figures().amounts().get(Figures.SELF_PAY), BigDecimal::add);
        }
        // paid on application, owed back and returned: rows of their own in the groups of the case's first settled bill
        // (ADR 0093)
        List<MoneyBack.Entry> back = moneyBack.of(period);
        category.put(UNRECORDED, new Acc());
        for (MoneyBack.Entry e : back) {
            total.back(e);
            township.computeIfAbsent(nz(e.township()), k -> new Acc()).back(e);
            village.computeIfAbsent(nz(e.township()) + " " + nz(e.village()), k -> new Acc()).back(e);
            category.get(e.settlement() == null ? UNRECORDED : mainCategory(e.settlement())).back(e);
            policy.computeIfAbsent(e.settlement() == null ? "" : e.settlement().policy(), k -> new Acc()).back(e);
            month.get(YearMonth.from(e.on())).back(e);
            channel.get(e.settlement() == null ? Channel.AFTERWARDS : Channel.of(e.settlement())).back(e);
        }
        Map<String, Measures> byCategory = new LinkedHashMap<>();
        category.forEach((k, v) -> {
            if (v.visits > 0 || v.hasBack()) {
                byCategory.put(k, v.measures());
            }
        });
        return new Statistics(period, total.measures(), measures(township), measures(village), byCategory, measures(policy),
                measures(month), bands(selfPay), measures(channel), back);
    }

    /** The first category the person held on the bill (in the order of {@link Category}), or {@link #ORDINARY}. */
    static String mainCategory(Settled s) {
        return mainCategory(s.settlement());
    }

    static String mainCategory(org.medaid.settlement.Settlement s) {
        Set<Category> held = s.slip().result().held();
        for (Category c : Category.values()) {
            if (held.contains(c)) {
                return c.name();
            }
        }
        return ORDINARY;
    }

    private static List<Statistics.Band> bands(Map<Long, BigDecimal> selfPay) {
        List<Statistics.Band> out = new ArrayList<>();
        for (int i = 0; i < BANDS.size(); i++) {
            BigDecimal from = BANDS.get(i);
            BigDecimal to = i + 1 < BANDS.size() ? BANDS.get(i + 1) : null;
            long n = selfPay.values().stream().filter(v -> v.compareTo(from) >= 0 && (to == null || v.compareTo(to) < 0)).count();
            out.add(new Statistics.Band(from, to, n));
        }
        return out;
    }

    private static <K> Map<K, Measures> measures(Map<K, Acc> in) {
        Map<K, Measures> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, v.measures()));
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Sums of one group. */
    private static final class Acc {

        long visits;
        final Set<Long> people = new HashSet<>();
        BigDecimal total = Money.ZERO;
        BigDecimal compliant = Money.ZERO;
        final Map<String, BigDecimal> paid = new LinkedHashMap<>();
        BigDecimal selfPay = Money.ZERO;
        BigDecimal onApplication = Money.ZERO;
        BigDecimal owedBack = Money.ZERO;
        BigDecimal recovered = Money.ZERO;
        boolean backRows;

        Acc() {
            for (String k : Figures.KEYS) {
                if (!k.equals(Figures.SELF_PAY)) {
                    paid.put(k, Money.ZERO);
                }
            }
        }

        void add(Settled s) {
            visits++;
            people.add(s.settlement().personId());
            total = total.add(s.settlement().slip().result().total());
            compliant = compliant.add(s.settlement().slip().result().compliant());
            Map<String, BigDecimal> f = s.figures().amounts();
            paid.replaceAll((k, v) -> v.add(f.get(k)));
            selfPay = selfPay.add(f.get(Figures.SELF_PAY));
        }

        void back(MoneyBack.Entry e) {
            backRows = true;
            onApplication = onApplication.add(e.paidOnApplication());
            owedBack = owedBack.add(e.owed());
            recovered = recovered.add(e.recovered());
        }

        boolean hasBack() {
            return backRows;
        }

        Measures measures() {
            return new Measures(visits, people.size(), total, compliant, paid, selfPay, onApplication, owedBack, recovered);
        }
    }
}
