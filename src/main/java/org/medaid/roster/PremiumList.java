package org.medaid.roster;

import java.math.BigDecimal;
import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.medaid.calc.CalculationException;
import org.medaid.calc.HeldCategories;
import org.medaid.calc.PremiumCalculator;
import org.medaid.calc.PremiumResult;
import org.medaid.model.Category;
import org.medaid.model.CategorySpan;
import org.medaid.model.Money;
import org.medaid.model.Person;
import org.medaid.model.PremiumRequest;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.CategoryRecord;
import org.medaid.store.Database;
import org.medaid.store.PersonReader;
import org.medaid.store.PersonRecord;

/**
 * The premium subsidy list (资助参保) of an insurance year: everyone holding a category whom the policy of
 * their region subsidises, with the amount by fund, computed by {@link PremiumCalculator} (POLICY-NOTES §5).
 * Read in batches of people by id, so a county never sits in memory whole.
 */
public final class PremiumList {

    private static final int BATCH = 500;
    private static final int MAX_PROBLEMS = 20;

    private final Database db;
    private final PremiumCalculator calculator;
    private final PolicyRegistry registry;

    public PremiumList(Database db, PolicyRegistry registry) {
        this.db = db;
        this.calculator = new PremiumCalculator(registry);
        this.registry = registry;
    }

    /**
     * Up to {@code limit} lines of people whose id is above {@code afterPersonId} (0: from the start), in id
     * order: a page of the list; the next page starts after the last line's person id.
     */
    public List<PremiumLine> page(int year, BigDecimal contribution, long afterPersonId, int limit) {
        List<PremiumLine> out = new ArrayList<>();
        long after = afterPersonId;
        while (out.size() < limit) {
            Batch b = batch(year, contribution, after);
            for (PremiumLine line : b.lines) {
                if (out.size() < limit) {
                    out.add(line);
                }
            }
            if (b.lastId < 0) {
                break;
            }
            after = out.size() < limit ? b.lastId : out.get(out.size() - 1).personId();
        }
        return out;
    }

    /** Hands every line to {@code sink}, batch by batch, and returns the totals. */
    public PremiumSummary forEach(int year, BigDecimal contribution, Consumer<PremiumLine> sink) {
        long people = 0;
        long failed = 0;
        BigDecimal subsidy = Money.ZERO;
        BigDecimal assistance = Money.ZERO;
        BigDecimal county = Money.ZERO;
        List<String> problems = new ArrayList<>();
        long after = 0;
        while (true) {
            Batch b = batch(year, contribution, after);
            for (PremiumLine line : b.lines) {
                sink.accept(line);
                people++;
                subsidy = subsidy.add(line.subsidy());
                assistance = assistance.add(line.assistanceFund());
                county = county.add(line.countyBudget());
            }
            failed += b.problems.size();
            b.problems.stream().limit(Math.max(0, MAX_PROBLEMS - problems.size())).forEach(problems::add);
            if (b.lastId < 0) {
                return new PremiumSummary(year, people, subsidy, assistance, county, failed, List.copyOf(problems));
            }
            after = b.lastId;
        }
    }

    private record Batch(List<PremiumLine> lines, List<String> problems, long lastId) {
    }

    /** The next batch of people holding a category; {@code lastId} −1 when there are no more. */
    private Batch batch(int year, BigDecimal contribution, long afterId) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT person_id FROM person_category WHERE person_id > ? "
                    + "AND search_code IS NOT NULL ORDER BY person_id LIMIT ?")) {
                ps.setLong(1, afterId);
                ps.setInt(2, BATCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return new Batch(List.of(), List.of(), -1);
            }
            List<PremiumLine> lines = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            Map<Long, List<CategoryRecord>> cats = categories(c, ids);
            for (PersonRecord p : people(c, ids)) {
                List<CategoryRecord> held = cats.getOrDefault(p.id(), List.of());
                PremiumRequest request = new PremiumRequest(year, contribution, null);
                try {
                    PremiumResult r = calculator.calculate(new Person(p.region(), p.insurance(),
                            held.stream().map(CategoryRecord::span).toList()), request);
                    if (r.subsidy().signum() > 0) {
                        lines.add(new PremiumLine(p.id(), p.name(), p.idNumber(), p.township(), p.village(),
                                heldOn(held, request.assessmentDate(), r.policy()), r.policy(), r.contribution(), r.subsidy(),
                                r.assistanceFund(), r.countyBudget(), r.personPays()));
                    }
                } catch (CalculationException e) {
                    problems.add(p.name() + " " + p.idNumber() + ": " + e.getMessage());
                }
            }
            return new Batch(lines, problems, ids.get(ids.size() - 1));
        });
    }

    /**
     * The categories the subsidy was computed on: held on the assessment day under the policy's timing
     * (临医保发〔2022〕13号 六: an exit in December still counts on 31 December), as the calculator read them.
     */
    private List<Category> heldOn(List<CategoryRecord> cats, LocalDate day, String policyId) {
        List<CategorySpan> spans = cats.stream().map(CategoryRecord::span).toList();
        return registry.byId(policyId)
                .map(policy -> HeldCategories.on(day, spans, policy).stream().toList())
                .orElseGet(() -> spans.stream()
                        .filter(s -> !s.from().isAfter(day) && (s.to() == null || !s.to().isBefore(day)))
                        .map(CategorySpan::code).distinct().toList());
    }

    private static List<PersonRecord> people(Tx c, List<Long> ids) throws SQLException {
        List<PersonRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PersonReader.PERSON_COLUMNS + " FROM person WHERE id IN ("
                + join(ids) + ") AND NOT voided ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(PersonReader.person(rs));
            }
        }
        return out;
    }

    private static Map<Long, List<CategoryRecord>> categories(Tx c, List<Long> ids) throws SQLException {
        Map<Long, List<CategoryRecord>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PersonReader.CATEGORY_COLUMNS + " FROM person_category "
                + "WHERE person_id IN (" + join(ids) + ") AND NOT voided ORDER BY from_date, id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                CategoryRecord k = PersonReader.category(rs);
                out.computeIfAbsent(k.personId(), x -> new ArrayList<>()).add(k);
            }
        }
        return out;
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
