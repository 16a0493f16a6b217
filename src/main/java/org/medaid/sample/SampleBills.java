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
import java.util.List;
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
 * The bills of a sample township across 2024, generated from a fixed seed for the people
 * of {@link SampleGenerator}: everyday stays and outpatient bills for about a third of the people, three
 * people whose provincial stays run into the year's caps, and up to four in categories assisted only
 * on application (低保边缘, 监测户, 支出型困难, 低收入) whose large bills need one. Loaded through the bill store, so every bill is validated and its year computes; nothing in
 * them is a real case.
 */
public final class SampleBills {

    /** The user the audit rows of a sample load name (as the people's). */
    public static final String USER = org.medaid.store.PersonWriter.SAMPLE_AUTHOR;
    static final int YEAR = 2024;
    private static final Set<Category> ON_APPLICATION = Set.of(Category.MARGINAL, Category.MONITORED_UNSTABLE,
            Category.MONITORED_MARGINAL, Category.MONITORED_SUDDEN, Category.EXPENDITURE_HARDSHIP, Category.LOW_INCOME_ASSISTED);

    /** One bill of a sample person, identified by ID number (the store's id is known only once loaded). */
    public record SampleBill(String idNumber, String name, String purpose, BillKind kind, LocalDate admitted,
            LocalDate discharged, String hospital, HospitalLevel level, Location location, boolean referred,
            String diagnosis, String specialDisease, BigDecimal total, BigDecimal outOfCatalog, BigDecimal classBSelfPay,
            BigDecimal overLimit, BigDecimal settledBasic, BigDecimal settledCriticalIllness) {

        BillDraft draft(long personId) {
            return new BillDraft(personId, kind, admitted, discharged, hospital, level, location, referred, diagnosis,
                    specialDisease, false, total, outOfCatalog, classBSelfPay, overLimit, settledBasic, settledCriticalIllness, null);
        }
    }

    /** Why a bill is in the sample: an everyday one, one that reaches a cap, one that needs an application. */
    public static final String EVERYDAY = "everyday";
    public static final String CAP = "cap";
    public static final String APPLICATION = "application";

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

    /** The bills of the area's township, in date order per person; the same every time. */
    public List<SampleBill> generate(PolicyArea area) {
        Random random = new Random(20240601L * 31 + area.ordinal());
        List<SamplePerson> people = SampleGenerator.generate(area);
        List<SampleBill> out = new ArrayList<>();
        int caps = 0;
        int eligible = 0;
        int onApplicationSeen = 0;
        int applications = 0;
        for (SamplePerson p : people) {
            List<Category> held = p.categories().stream().map(c -> c.code()).toList();
            boolean heldAtAll = !held.isEmpty();
            boolean onApplication = held.stream().anyMatch(ON_APPLICATION::contains);
            if (heldAtAll && !onApplication && caps < 3 && eligible++ % 9 == 4) {
                // four long provincial stays: the year's caps of basic insurance and assistance are reached
                caps++;
                for (int month : new int[] {2, 5, 8, 11}) {
                    out.add(stay(area, p, CAP, HospitalLevel.PROVINCE, month, 180_000, 250_000, true, random));
                }
            } else if (onApplication && applications < 4 && onApplicationSeen++ % 3 == 1) {
                applications++;
                // a serious illness treated at the provincial hospital: what the tiers leave is past the
                // thresholds of assistance on application (广西: 个人自付合规费用1万元以上 after the caps)
                for (int month : new int[] {3, 7, 10}) {
                    out.add(stay(area, p, APPLICATION, HospitalLevel.PROVINCE, month, 150_000, 250_000, true, random));
                }
            } else if (random.nextInt(3) == 0) {
                int bills = 1 + random.nextInt(3);
                List<Integer> months = new ArrayList<>();
                for (int i = 0; i < bills; i++) {
                    months.add(1 + random.nextInt(11));
                }
                months.sort(null);
                for (int month : months) {
                    out.add(everyday(area, p, month, random));
                }
            }
        }
        return out;
    }

    private SampleBill everyday(PolicyArea area, SamplePerson p, int month, Random r) {
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
            return stay(area, p, EVERYDAY, level, month, range[0], range[1], false, r);
        }
        if (pick < 80) {
            return outpatient(area, p, BillKind.OUTPATIENT_SPECIAL, month, 800, 8_000, one(r, "special"), r);
        }
        if (pick < 95) {
            return outpatient(area, p, BillKind.OUTPATIENT_GENERAL, month, 50, 600, null, r);
        }
        return outpatient(area, p, BillKind.SPECIAL_DRUG, month, 5_000, 40_000, text.getProperty("drug"), r);
    }

    private SampleBill stay(PolicyArea area, SamplePerson p, String purpose, HospitalLevel level, int month, int low, int high,
            boolean serious, Random r) {
        LocalDate admitted = LocalDate.of(YEAR, month, 1 + r.nextInt(20));
        LocalDate discharged = admitted.plusDays(3 + r.nextInt(serious ? 25 : 10));
        BigDecimal total = amount(low, high, r);
        Location location = level == HospitalLevel.PROVINCE ? Location.IN_PROVINCE
                : level == HospitalLevel.CITY ? Location.IN_CITY : Location.IN_COUNTY;
        String diagnosis = one(r, serious || total.compareTo(new BigDecimal("50000")) > 0 ? "stay.serious" : "stay.ordinary");
        return bill(area, p, purpose, BillKind.INPATIENT, admitted, discharged, level, location,
                level == HospitalLevel.CITY || level == HospitalLevel.PROVINCE, diagnosis, null, total, r);
    }

    private SampleBill outpatient(PolicyArea area, SamplePerson p, BillKind kind, int month, int low, int high, String disease,
            Random r) {
        LocalDate day = LocalDate.of(YEAR, month, 1 + r.nextInt(27));
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
     * Loads the area's bills for the people already in the store (the sample township), all in one
     * transaction through the bill store: each is validated and its person's year must compute.
     */
    public int load(PolicyArea area, Database db, PolicyRegistry policies, Clock clock) {
        List<SampleBill> bills = generate(area);
        JdbcPersonStore people = new JdbcPersonStore(db, clock);
        JdbcBillStore store = new JdbcBillStore(db, people, new Calculator(policies), clock);
        return db.inTransaction(c -> {
            for (SampleBill b : bills) {
                PersonRecord p = people.byIdNumber(b.idNumber())
                        .orElseThrow(() -> new IllegalStateException("the sample township is not loaded: no " + b.idNumber()));
                store.addSample(b.draft(p.id()));
            }
            return bills.size();
        });
    }
}
