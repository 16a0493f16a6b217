package org.medaid.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.medaid.bills.BillDraft;
import org.medaid.bills.JdbcBillStore;
import org.medaid.calc.Calculator;
import org.medaid.identity.PolicyArea;
import org.medaid.model.BillKind;
import org.medaid.model.Category;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Location;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.PersonRecord;

/**
 * The bills of a sample township over two years, the one of its day and the one before (ADR 0052), generated
 * from a fixed seed for the people of {@link SampleGenerator}: everyday stays and outpatient bills for about a
 * third of the people, three people whose provincial stays run into each year's caps, and six whom the area's
 * policy assists on a hospital stay ({@link SampleApplicants}: on application where it pays any group so) whose large
 * bills need an application, one for each stage of {@link org.medaid.workflow.Stage} ({@link SampleScenario}). The current year runs from 1 January to
 * the day, so no bill is in the future. Loaded through the bill store, so every bill is validated and its year
 * computes; nothing in them is a real case.
 */
public final class SampleBills {

    /** The user the audit rows of a sample load name (as the people's). */
    public static final String USER = org.medaid.store.PersonWriter.SAMPLE_AUTHOR;
    /** How many people get bills that need an application: one per stage of a case. */
    public static final int APPLICANTS = 6;

    /** One bill of a sample person, identified by ID number (the store's id is known only once loaded). */
    public record SampleBill(String idNumber, String name, String purpose, BillKind kind, LocalDate admitted,
            LocalDate discharged, String hospital, HospitalLevel level, Location location, boolean referred,
            String diagnosis, String specialDisease, BigDecimal total, BigDecimal outOfCatalog, BigDecimal classBSelfPay,
            BigDecimal overLimit, BigDecimal settledBasic, BigDecimal settledCriticalIllness) {

        BillDraft draft(long personId) {
            return new BillDraft(personId, kind, admitted, discharged, hospital, level, location, referred, diagnosis,
                    specialDisease, false, total, outOfCatalog, classBSelfPay, overLimit, settledBasic, settledCriticalIllness, null);
        }

        /** The day the bill is settled on: discharge for a stay, the visit otherwise. */
        public LocalDate settled() {
            return discharged == null ? admitted : discharged;
        }
    }

    /** Why a bill is in the sample: an everyday one, one that reaches a cap, one that needs an application. */
    public static final String EVERYDAY = "everyday";
    public static final String CAP = "cap";
    public static final String APPLICATION = "application";

    /** A span of days bills fall in: a whole previous year, or the current year up to the day. */
    public record Span(LocalDate from, LocalDate to) {

        /** The day of a full-year date (month, day of month) moved into the span, in order. */
        LocalDate day(int month, int dayOfMonth) {
            int index = LocalDate.of(2001, month, Math.min(dayOfMonth, 28)).getDayOfYear() - 1;
            long days = to.toEpochDay() - from.toEpochDay();
            return from.plusDays(index * days / 364);
        }

        LocalDate clamp(LocalDate day) {
            return day.isAfter(to) ? to : day;
        }
    }

    private final Properties text;

    private SampleBills(Properties text) {
        this.text = text;
    }

    public static SampleBills bundled() {
        Properties p = new Properties();
        try (InputStream in = SampleBills.class.getResourceAsStream("sample-bills.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("sample-bills.properties is missing from the program", e);
        }
        return new SampleBills(p);
    }

    /** A fixed text of the sample bills (hospitals, diagnoses, the CSV file's header and values). */
    public String text(String key) {
        String value = text.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("sample-bills.properties has no " + key);
        }
        return value;
    }

    /** The bills of the area's own township on {@link SampleGenerator#AS_OF} (samples/townships/&lt;area&gt;/bills.csv). */
    public List<SampleBill> generate(PolicyArea area) {
        return generate(SampleTownship.of(area), SampleGenerator.generate(area), SampleYears.of(SampleTownship.of(area),
                SampleGenerator.AS_OF));
    }

    /** The bills of {@code people} in the two years of {@code years}, in date order per person; the same every time. */
    public List<SampleBill> generate(SampleTownship town, List<SamplePerson> people, SampleYears years) {
        PolicyArea area = town.area();
        Random random = new Random(20240601L * 31 + area.ordinal());
        Map<String, String> roles = roles(town, people, years);
        List<SampleBill> out = new ArrayList<>();
        for (SamplePerson p : people) {
            String role = roles.get(p.person().idNumber());
            for (Span span : List.of(years.previous(), years.current())) {
                if (CAP.equals(role)) {
                    // four long provincial stays: the year's caps of basic insurance and assistance are reached
                    for (int month : new int[] {2, 5, 8, 11}) {
                        out.add(stay(area, p, CAP, HospitalLevel.PROVINCE, span, month, 220_000, 320_000, true, random));
                    }
                } else if (APPLICATION.equals(role)) {
                    // a serious illness treated at the provincial hospital: what the tiers leave is past the
                    // thresholds of assistance on application (广西: 个人自付合规费用1万元以上 after the caps); the
                    // stays end by September, so a case on them can have reached any stage by the next year
                    for (int month : new int[] {2, 5, 8}) {
                        out.add(stay(area, p, APPLICATION, HospitalLevel.PROVINCE, span, month, 150_000, 250_000, true, random));
                    }
                } else if (random.nextInt(3) == 0) {
                    int bills = 1 + random.nextInt(3);
                    List<Integer> months = new ArrayList<>();
                    for (int i = 0; i < bills; i++) {
                        months.add(1 + random.nextInt(11));
                    }
                    months.sort(null);
                    for (int month : months) {
                        out.add(everyday(area, p, span, month, random));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Who needs an application ({@link #APPLICANTS} people whom the area's policy assists on a hospital stay on every
     * day of both years, {@link SampleApplicants}: those it pays on application first, then those of a category
     * commonly assisted on application, then any other, in the people's order) and who reaches the caps (three
     * others holding a category open on the day, not one commonly assisted on application); everybody else may have
     * everyday bills. By ID number, the same for the same people and years.
     */
    static Map<String, String> roles(SampleTownship town, List<SamplePerson> people, SampleYears years) {
        PolicyRegistry policies = PolicyRegistry.bundled();
        LocalDate day = years.day();
        Map<Integer, List<String>> byRank = new java.util.TreeMap<>();
        int seen = 0;
        for (SamplePerson p : people) {
            // assisted on every day of both years; else of this year; else (a policy assisting too few of the
            // township) a category commonly assisted on application, open on the day
            java.util.Optional<Integer> rank = SampleApplicants.rank(town.county(), p, years.previous().from(), day, policies)
                    .or(() -> SampleApplicants.rank(town.county(), p, years.current().from(), day, policies).map(r -> r + 3))
                    .or(() -> p.categories().stream().anyMatch(c -> (c.to() == null || c.to().isAfter(day))
                            && SampleApplicants.COMMONLY_ON_APPLICATION.contains(c.code())) ? java.util.Optional.of(6)
                            : java.util.Optional.empty());
            if (rank.isPresent()) {
                // every other candidate first, as before, so the applicants spread over the villages
                byRank.computeIfAbsent(rank.get() * 2 + (seen++ % 2 == 1 ? 0 : 1), k -> new ArrayList<>()).add(p.person().idNumber());
            }
        }
        Set<String> applicants = new java.util.HashSet<>();
        byRank.values().forEach(ids -> ids.stream().filter(id -> applicants.size() < APPLICANTS).forEach(applicants::add));
        Map<String, String> roles = new LinkedHashMap<>();
        int caps = 0;
        int eligible = 0;
        for (SamplePerson p : people) {
            String id = p.person().idNumber();
            if (applicants.contains(id)) {
                roles.put(id, APPLICATION);
                continue;
            }
            List<Category> open = p.categories().stream().filter(c -> c.to() == null || c.to().isAfter(day))
                    .map(c -> c.code()).toList();
            boolean onApplication = open.stream().anyMatch(SampleApplicants.COMMONLY_ON_APPLICATION::contains);
            if (!open.isEmpty() && !onApplication && caps < 3 && eligible++ % 9 == 4) {
                caps++;
                roles.put(id, CAP);
            }
        }
        return roles;
    }

    private SampleBill everyday(PolicyArea area, SamplePerson p, Span span, int month, Random r) {
        int pick = r.nextInt(100);
        if (pick < 50) {
            HospitalLevel level = pick < 15 ? HospitalLevel.TOWNSHIP : pick < 38 ? HospitalLevel.COUNTY
                    : pick < 46 ? HospitalLevel.CITY : HospitalLevel.PROVINCE;
            int[] range = switch (level) {
                case TOWNSHIP -> new int[] {1_500, 6_000};
                case COUNTY -> new int[] {5_000, 30_000};
                case CITY -> new int[] {15_000, 80_000};
                case PROVINCE -> new int[] {40_000, 120_000};
            };
            return stay(area, p, EVERYDAY, level, span, month, range[0], range[1], false, r);
        }
        if (pick < 80) {
            return outpatient(area, p, BillKind.OUTPATIENT_SPECIAL, span, month, 800, 8_000, one(r, "special"), r);
        }
        if (pick < 95) {
            return outpatient(area, p, BillKind.OUTPATIENT_GENERAL, span, month, 50, 600, null, r);
        }
        return outpatient(area, p, BillKind.SPECIAL_DRUG, span, month, 5_000, 40_000, text.getProperty("drug"), r);
    }

    private SampleBill stay(PolicyArea area, SamplePerson p, String purpose, HospitalLevel level, Span span, int month, int low,
            int high, boolean serious, Random r) {
        LocalDate admitted = span.day(month, 1 + r.nextInt(20));
        LocalDate discharged = span.clamp(admitted.plusDays(3 + r.nextInt(serious ? 25 : 10)));
        BigDecimal total = amount(low, high, r);
        Location location = level == HospitalLevel.PROVINCE ? Location.IN_PROVINCE
                : level == HospitalLevel.CITY ? Location.IN_CITY : Location.IN_COUNTY;
        String diagnosis = one(r, serious || total.compareTo(new BigDecimal("50000")) > 0 ? "stay.serious" : "stay.ordinary");
        return bill(area, p, purpose, BillKind.INPATIENT, admitted, discharged, level, location,
                level == HospitalLevel.CITY || level == HospitalLevel.PROVINCE, diagnosis, null, total, r);
    }

    private SampleBill outpatient(PolicyArea area, SamplePerson p, BillKind kind, Span span, int month, int low, int high,
            String disease, Random r) {
        LocalDate day = span.day(month, 1 + r.nextInt(27));
        HospitalLevel level = kind == BillKind.OUTPATIENT_GENERAL ? HospitalLevel.TOWNSHIP : HospitalLevel.COUNTY;
        String diagnosis = kind == BillKind.OUTPATIENT_GENERAL ? text.getProperty("general") : disease;
        return bill(area, p, EVERYDAY, kind, day, null, level, Location.IN_COUNTY, false, diagnosis,
                kind == BillKind.OUTPATIENT_SPECIAL ? disease : null, amount(low, high, r), r);
    }

    private SampleBill bill(PolicyArea area, SamplePerson p, String purpose, BillKind kind, LocalDate admitted,
            LocalDate discharged, HospitalLevel level, Location location, boolean referred, String diagnosis, String disease,
            BigDecimal total, Random r) {
        // 目录外 3–10 %, 乙类先自付 2–6 %, 超限价 0–2 % of the total (POLICY-NOTES §1)
        BigDecimal out = share(total, 3 + r.nextInt(8));
        BigDecimal classB = share(total, 2 + r.nextInt(5));
        BigDecimal overLimit = share(total, r.nextInt(3));
        // An employee's bill carries what the hospital settled (POLICY-NOTES §7.2): no document gives employee
        // basic-insurance rates, nor (outside Chaozhou) employee critical-illness rates. Invented like the rest.
        BigDecimal basic = null;
        BigDecimal ci = null;
        if (p.person().insurance() == org.medaid.model.Insurance.EMPLOYEE) {
            BigDecimal compliant = total.subtract(out).subtract(classB).subtract(overLimit);
            basic = compliant.multiply(new BigDecimal("0.80")).setScale(2, java.math.RoundingMode.HALF_UP);
            ci = kind == BillKind.OUTPATIENT_GENERAL || area == PolicyArea.CHAOZHOU ? null : BigDecimal.ZERO.setScale(2);
        }
        return new SampleBill(p.person().idNumber(), p.person().name(), purpose, kind, admitted, discharged,
                text.getProperty(area.id() + "." + level), level, location, referred, diagnosis, disease, total, out, classB,
                overLimit, basic, ci);
    }

    private String one(Random r, String key) {
        String[] options = text.getProperty(key).split(",");
        return options[r.nextInt(options.length)];
    }

    private static BigDecimal amount(int low, int high, Random r) {
        return BigDecimal.valueOf(low + r.nextInt(high - low) + r.nextInt(100) / 100.0).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(BigDecimal total, int percent) {
        return total.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /**
     * Loads the bills for the people already in the store (the sample township) through the bill store, in the
     * caller's transaction (or one of its own): each is validated and its person's year must compute. Returns
     * the stored ids in the order of {@code bills}.
     */
    public static List<Long> load(List<SampleBill> bills, Database db, PolicyRegistry policies, Clock clock) {
        JdbcPersonStore people = new JdbcPersonStore(db, clock);
        JdbcBillStore store = new JdbcBillStore(db, people, new Calculator(policies), clock);
        return db.inTransaction(c -> {
            List<Long> ids = new ArrayList<>();
            for (SampleBill b : bills) {
                PersonRecord p = people.byIdNumber(b.idNumber())
                        .orElseThrow(() -> new IllegalStateException("the sample township is not loaded: no " + b.idNumber()));
                ids.add(store.addSample(b.draft(p.id())).id());
            }
            return ids;
        });
    }
}
