package org.medaid.watch;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Collator;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.medaid.calc.BillResult;
import org.medaid.calc.Tier;
import org.medaid.ledger.LedgerRow;
import org.medaid.ledger.LedgerService;
import org.medaid.ledger.YearLedgerView;
import org.medaid.model.Labels;
import org.medaid.model.Money;
import org.medaid.policy.FlagRule;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.Database;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;

/**
 * Computes the watch lists of for a month or a year from the year ledgers as they are now (the
 * same computation as the ledger screen and the slips): everyone whose bills of the year settled up to the end
 * of the period take them over the rule's line, since the bill that did, with the figures, the clause and the
 * latest act recorded. Figures a document leaves open are named as unconfirmed, never filled in.
 */
public final class WatchLists {

    /** The policy flag of categories whose assistance rules are to be made later. */
    static final String PENDING_RULES = "PENDING_RULES";

    private final Database db;
    private final PersonStore people;
    private final LedgerService ledger;
    private final WatchStore store;
    private final Supplier<PolicyRegistry> policies;

    public WatchLists(Database db, PersonStore people, LedgerService ledger, WatchStore store, Supplier<PolicyRegistry> policies) {
        this.db = db;
        this.people = people;
        this.ledger = ledger;
        this.store = store;
        this.policies = policies;
    }

    public WatchList compute(WatchRule rule, Period period) {
        Text t = new Text();
        Map<Long, ActionRecord> acts = store.lastActions(rule, period.year());
        List<Year> years = new ArrayList<>();
        for (long id : candidates(period)) {
            PersonRecord p = people.byId(id).orElseThrow();
            YearLedgerView v = ledger.year(id, period.year());
            List<LedgerRow> rows = v.computedRows().stream().filter(r -> !r.bill().settlementDate().isAfter(period.last())).toList();
            if (!rows.isEmpty()) {
                years.add(new Year(p, rows));
            }
        }
        List<WatchEntry> entries = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        switch (rule) {
            case GUANGXI_ALERT -> alert(years, period, acts, t, entries, notes);
            case SHAOYANG_TILT -> tilt(years, period, acts, t, entries);
            case CHAOZHOU_ILLNESS -> family(years, period, acts, t, entries, notes);
        }
        pending(period, t, notes);
        // as the printed lists: by township, village and name, in the order of the Chinese collator (pinyin)
        Collator zh = Collator.getInstance(Locale.CHINA);
        entries.sort(Comparator.comparing((WatchEntry e) -> nz(e.township()), zh).thenComparing(e -> nz(e.village()), zh)
                .thenComparing(WatchEntry::name, zh).thenComparingLong(WatchEntry::personId));
        return new WatchList(rule, period, entries, notes);
    }

    /**
     * Categories whose rules the region's policy leaves to be made later (flag {@code PENDING_RULES}; 临医保发〔2022〕13号
     * 四: 支出型困难人口 and 突发严重困难户 “另行制定”): no watch rule exists for them, and the list says so once per
     * policy in force for a region of a person on the desk, instead of showing nothing.
     */
    private void pending(Period period, Text t, List<String> notes) {
        Map<String, String> said = new LinkedHashMap<>();
        for (String region : regions()) {
            policies.get().find(region, period.last()).ifPresent(p -> p.flags().stream()
                    .filter(f -> f.code().equals(PENDING_RULES) && !f.categories().isEmpty()).findFirst()
                    .ifPresent(f -> said.computeIfAbsent(p.id(), k -> t.format("note.pending", p.document(),
                            String.join("、", f.categories().stream().sorted().map(Labels::of).toList()), f.source()))));
        }
        notes.addAll(said.values());
    }

    /** The regions of the people on the desk (not voided). */
    private List<String> regions() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT region FROM person WHERE NOT voided ORDER BY region");
                    ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1).strip());
                }
                return out;
            }
        });
    }

    /** A person's computed bills of the year settled up to the end of the period, in ledger order. */
    private record Year(PersonRecord person, List<LedgerRow> rows) {

        LedgerRow last() {
            return rows.get(rows.size() - 1);
        }

        Optional<LedgerRow> firstFlagged(String code) {
            return rows.stream().filter(r -> r.result().flags().stream().anyMatch(f -> f.code().equals(code))).findFirst();
        }
    }

    /** People with a bill of the year settled up to the period's end, not voided. */
    private List<Long> candidates(Period period) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT b.person_id FROM bill b JOIN person p "
                    + "ON p.id = b.person_id WHERE NOT b.voided AND NOT p.voided AND b.settlement_date BETWEEN ? AND ? "
                    + "ORDER BY b.person_id")) {
                ps.setObject(1, LocalDate.of(period.year(), 1, 1));
                ps.setObject(2, period.last());
                List<Long> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
                return out;
            }
        });
    }

    /**
     * 广西通知 三(四): the calculator flags ALERT_LIST on the bill that takes the year's personal burden to the
     * line of the person's group (5,000 for the listed categories, else 10,000). The 10,000 line is for ordinary
     * rural households (普通农户): a household recorded as not rural is left off, one not recorded is listed
     * with the question.
     */
    private void alert(List<Year> years, Period period, Map<Long, ActionRecord> acts, Text t, List<WatchEntry> out,
            List<String> notes) {
        int notRural = 0;
        for (Year y : years) {
            Optional<LedgerRow> first = y.firstFlagged(WatchRule.GUANGXI_ALERT.flag());
            if (first.isEmpty()) {
                continue;
            }
            BillResult last = y.last().result();
            FlagRule r = selfPayRule(policy(last), last);
            if (r == null) {
                continue;
            }
            String group = t.get("why.alertGroup");
            if (r.categories().isEmpty()) {
                Optional<HouseholdFacts> f = store.facts(household(y.person()), period.year());
                Boolean rural = f.map(HouseholdFacts::rural).orElse(null);
                if (Boolean.FALSE.equals(rural)) {
                    notRural++;
                    continue;
                }
                group = rural == null ? t.get("why.alertRural") + "；" + t.get("why.ruralUnknown") : t.get("why.alertRural");
            }
            BigDecimal line = r.amount().value();
            String why = t.format("why.alert", money(last.yearSelfPay()), money(line), group);
            out.add(entry(y.person(), WatchRule.GUANGXI_ALERT, last.yearSelfPay(), line, why, r.source(),
                    first.get().bill().settlementDate(), period, unconfirmed(r), acts));
        }
        if (notRural > 0) {
            notes.add(t.format("note.notRural", notRural));
        }
    }

    /** The rule the calculator applies (FlagRules): the first whose categories the person holds, else the first for all. */
    private static FlagRule selfPayRule(Policy p, BillResult r) {
        FlagRule forAll = null;
        for (FlagRule f : p.flags()) {
            if (f.kind() != FlagRule.Kind.ANNUAL_SELF_PAY) {
                continue;
            }
            if (!f.categories().isEmpty() && f.categories().stream().anyMatch(r.held()::contains)) {
                return f;
            }
            if (f.categories().isEmpty() && forAll == null) {
                forAll = f;
            }
        }
        return forAll;
    }

    /** 邵医保发〔2021〕32号 三(八): burden after the tiers over the share of the county's per-capita income. */
    private void tilt(List<Year> years, Period period, Map<Long, ActionRecord> acts, Text t, List<WatchEntry> out) {
        for (Year y : years) {
            Optional<LedgerRow> first = y.firstFlagged(WatchRule.SHAOYANG_TILT.flag());
            if (first.isEmpty()) {
                continue;
            }
            BillResult last = y.last().result();
            FlagRule r = rule(policy(last), FlagRule.Kind.BURDEN_OVER_INCOME);
            if (r == null) {
                continue;
            }
            BigDecimal burden = y.rows().stream().map(row -> burden(row.result())).reduce(Money.ZERO, BigDecimal::add);
            BigDecimal line = Money.round2(r.amount().value().multiply(r.share().value()));
            String why = t.format("why.tilt", money(burden), money(r.amount().value()), pct(r.share().value()), money(line));
            out.add(entry(y.person(), WatchRule.SHAOYANG_TILT, burden, line, why, r.source(),
                    first.get().bill().settlementDate(), period, unconfirmed(r), acts));
        }
    }

    /**
     * 潮医保〔2021〕48号 二.8: the household's members' burdens after the tiers, summed in settlement order, against
     * the share of the household's recorded annual disposable income; each member with bills is listed from the
     * bill that took the family over the line. The asset limit is the county's, not in the document: unconfirmed.
     */
    private void family(List<Year> years, Period period, Map<Long, ActionRecord> acts, Text t, List<WatchEntry> out,
            List<String> notes) {
        Map<Long, List<Year>> households = new LinkedHashMap<>();
        Map<Long, FlagRule> rules = new LinkedHashMap<>();
        for (Year y : years) {
            FlagRule r = rule(policy(y.last().result()), FlagRule.Kind.FAMILY_INCOME);
            if (r != null) {
                long h = household(y.person());
                households.computeIfAbsent(h, k -> new ArrayList<>()).add(y);
                rules.putIfAbsent(h, r);
            }
        }
        int noFacts = 0;
        for (Map.Entry<Long, List<Year>> e : households.entrySet()) {
            Optional<HouseholdFacts> f = store.facts(e.getKey(), period.year());
            if (f.isEmpty() || f.get().annualIncome() == null) {
                noFacts++;
                continue;
            }
            FlagRule r = rules.get(e.getKey());
            BigDecimal line = Money.round2(f.get().annualIncome().multiply(r.share().value()));
            List<LedgerRow> all = new ArrayList<>();
            e.getValue().forEach(y -> all.addAll(y.rows()));
            all.sort(Comparator.comparing((LedgerRow row) -> row.bill().settlementDate()).thenComparingLong(row -> row.bill().seq()));
            BigDecimal sum = Money.ZERO;
            LocalDate since = null;
            for (LedgerRow row : all) {
                sum = sum.add(burden(row.result()));
                if (since == null && sum.compareTo(line) >= 0) {
                    since = row.bill().settlementDate();
                }
            }
            if (since == null) {
                continue;
            }
            String assets = f.get().totalAssets() == null ? t.get("why.assetsUnknown") : money(f.get().totalAssets());
            String why = t.format("why.family", money(sum), money(f.get().annualIncome()), pct(r.share().value()), money(line), assets);
            List<String> doubts = new ArrayList<>(unconfirmed(r));
            doubts.add(t.get("unconfirmed.assetLimit"));
            for (Year y : e.getValue()) {
                out.add(entry(y.person(), WatchRule.CHAOZHOU_ILLNESS, sum, line, why, r.source(), since, period, doubts, acts));
            }
        }
        if (!households.isEmpty()) {
            notes.add(t.get("note.assetLimit"));
        }
        if (noFacts > 0) {
            notes.add(t.format("note.noFacts", noFacts));
        }
    }

    /**
     * A bill's compliant cost left after the three tiers, as the calculator adds it to the year's burden
     * (Calculator: max0(afterInsurance − assistance), afterInsurance = max0(compliant − basic − critical illness −
     * supplementary insurance)).
     */
    static BigDecimal burden(BillResult r) {
        BigDecimal afterInsurance = Money.max0(r.compliant().subtract(r.paid(Tier.basic)).subtract(r.paid(Tier.criticalIllness))
                .subtract(r.paid(Tier.supplementaryInsurance)));
        return Money.max0(afterInsurance.subtract(r.paid(Tier.assistance)));
    }

    /** The household's key: the head's id, or the person's own when they head it. */
    static long household(PersonRecord p) {
        return p.householdHeadId() == null ? p.id() : p.householdHeadId();
    }

    private Policy policy(BillResult r) {
        return policies.get().byId(r.policy()).orElseThrow(() -> new IllegalStateException("no policy " + r.policy()));
    }

    private static FlagRule rule(Policy p, FlagRule.Kind kind) {
        return p.flags().stream().filter(f -> f.kind() == kind).findFirst().orElse(null);
    }

    private static List<String> unconfirmed(FlagRule r) {
        List<String> out = new ArrayList<>();
        if (r.amount() != null && r.amount().unconfirmed()) {
            out.add(r.amount().shownName());
        }
        if (r.share() != null && r.share().unconfirmed()) {
            out.add(r.share().shownName());
        }
        return out;
    }

    private static WatchEntry entry(PersonRecord p, WatchRule rule, BigDecimal figure, BigDecimal line, String why, String clause,
            LocalDate since, Period period, List<String> unconfirmed, Map<Long, ActionRecord> acts) {
        return new WatchEntry(p.id(), p.name(), p.idNumber(), p.township(), p.village(), rule, figure, line, why, clause, since,
                period.contains(since), unconfirmed, acts.get(p.id()));
    }

    private static String money(BigDecimal v) {
        return v.setScale(2).toPlainString();
    }

    private static String pct(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The list's sentences in the desk's language. */
    static final class Text {

        private final ResourceBundle bundle = ResourceBundle.getBundle("org.medaid.watch.watch", Labels.locale(), Labels.NO_FALLBACK);

        String get(String key) {
            return bundle.getString(key);
        }

        String format(String key, Object... args) {
            return MessageFormat.format(bundle.getString(key), args);
        }
    }
}
