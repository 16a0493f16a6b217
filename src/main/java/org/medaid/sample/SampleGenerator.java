package org.medaid.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.medaid.identity.Department;
import org.medaid.identity.IdCheck;
import org.medaid.identity.IdNumbers;
import org.medaid.identity.PolicyArea;
import org.medaid.model.Category;
import org.medaid.model.Insurance;
import org.medaid.store.CategoryRecord;
import org.medaid.store.PersonRecord;

/**
 * Generates a sample township deterministically (fixed seed per area) as it stands on a given day: households
 * with a 户主, spouse, children and sometimes a parent; valid 18-digit ID numbers under the county's code with
 * fictional birth dates and sequences; bank cards that pass the Luhn check; every category the area's policies
 * name, most current on that day, some ended, some ending within a month. The same seed gives the same
 * township on any day, its dates moved with the day's year (ADR 0052). Nothing here is a real person.
 */
public final class SampleGenerator {

    /** The day the committed samples (samples/townships, samples/lists) describe: categories end around it. */
    public static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);
    public static final int MIN_PEOPLE = 200;

    private SampleGenerator() {
    }

    /** The area's own sample township on {@link #AS_OF}: the committed files. */
    public static List<SamplePerson> generate(PolicyArea area) {
        return generate(SampleTownship.of(area), AS_OF);
    }

    /** The township as it stands on {@code asOf} (the desk passes today). */
    public static List<SamplePerson> generate(SampleTownship town, LocalDate asOf) {
        PolicyArea area = town.area();
        Random random = new Random(20240601L + area.ordinal());
        List<Category> categories = new ArrayList<>(town.categories());
        Set<String> ids = new HashSet<>();
        List<SamplePerson> people = new ArrayList<>();
        for (int household = 0; people.size() < MIN_PEOPLE || household < categories.size() * 2; household++) {
            // households cycle through the categories, every third one holds none (ordinary residents)
            Category category = household % 3 == 2 ? null : categories.get((household - household / 3) % categories.size());
            String village = town.villages().get(household % town.villages().size());
            people.addAll(household(town, asOf, random, ids, village, category, household));
        }
        return people;
    }

    private static List<SamplePerson> household(SampleTownship town, LocalDate asOf, Random random, Set<String> ids,
            String village, Category category, int household) {
        int shift = asOf.getYear() - AS_OF.getYear();
        List<SamplePerson> members = new ArrayList<>();
        boolean headMale = random.nextInt(5) > 0;
        int headYear = 1945 + shift + random.nextInt(45);
        String surname = NamePool.surname(random);
        String headId = newId(town, random, ids, headYear, headMale);
        members.add(member(town, asOf, random, surname + NamePool.givenName(random, headMale), headId, headId, village, "head",
                category, household));
        if (random.nextInt(10) < 7) {
            String spouseId = newId(town, random, ids, headYear - 3 + random.nextInt(6), !headMale);
            members.add(member(town, asOf, random, NamePool.name(random, !headMale), spouseId, headId, village, "spouse",
                    category, household));
        }
        for (int child = random.nextInt(4); child > 0; child--) {
            boolean male = random.nextBoolean();
            int year = Math.min(2020 + shift, headYear + 22 + random.nextInt(15));
            members.add(member(town, asOf, random, surname + NamePool.givenName(random, male), newId(town, random, ids, year, male),
                    headId, village, "child", household % 5 == 0 ? category : null, household));
        }
        if (random.nextInt(6) == 0 && headYear > 1960) {
            boolean male = random.nextBoolean();
            members.add(member(town, asOf, random, (male ? surname : NamePool.surname(random)) + NamePool.givenName(random, male),
                    newId(town, random, ids, headYear - 25 - random.nextInt(8), male), headId, village, "parent",
                    Category.SEVERE_DISABILITY.equals(category) ? null : category, household));
        }
        return members;
    }

    private static SamplePerson member(SampleTownship town, LocalDate asOf, Random random, String name, String id,
            String headId, String village, String relation, Category category, int household) {
        IdCheck check = IdNumbers.check(id, asOf);
        PersonRecord p = new PersonRecord(0, 0, name, id, check.birthDate(), check.sex(), check.regionCode(),
                town.township(), village, null, town.relation(relation),
                "1" + (35 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)),
                BankCards.withCheckDigit("6217" + String.format("%014d", Math.floorMod(random.nextLong(), 1_000_000_000_000_000L) / 10)),
                random.nextInt(20) == 0 ? Insurance.EMPLOYEE : Insurance.RESIDENT, asOf.getYear(), false);
        List<CategoryRecord> cats = new ArrayList<>();
        if (category != null) {
            LocalDate from = LocalDate.of(asOf.getYear() - 5 + random.nextInt(5), 1 + random.nextInt(12), 1);
            LocalDate to = switch (household % 7) {
                case 1 -> asOf.minusMonths(1 + random.nextInt(6)).withDayOfMonth(28); // exited
                case 4 -> asOf.plusDays(5 + random.nextInt(20)); // ends within 30 days
                default -> null;
            };
            Department dept = department(category);
            cats.add(new CategoryRecord(0, 0, 0, category, from, to != null && to.isBefore(from) ? from.plusMonths(6) : to,
                    dept, town.documentNo(dept, from.getYear(), 1 + household), false));
        }
        return new SamplePerson(p, headId, cats);
    }

    /** Who certifies a category: 民政 for assistance, 乡村振兴 for poverty-monitoring, 残联 for disability. */
    public static Department department(Category category) {
        return switch (category) {
            case MONITORED_UNSTABLE, MONITORED_MARGINAL, MONITORED_SUDDEN, RELAPSED, LIFTED, LIFTED_2014_2015,
                    REGISTERED_POOR -> Department.RURAL_REVITALISATION;
            case SEVERE_DISABILITY -> Department.DISABLED_FEDERATION;
            default -> Department.CIVIL_AFFAIRS;
        };
    }

    private static String newId(SampleTownship town, Random random, Set<String> ids, int year, boolean male) {
        while (true) {
            LocalDate birth = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            String id = IdNumbers.compose(town.county(), birth, random.nextInt(500) * 2 + (male ? 1 : 0));
            if (ids.add(id)) {
                return id;
            }
        }
    }
}
