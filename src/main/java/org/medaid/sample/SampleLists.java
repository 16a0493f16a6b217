package org.medaid.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.medaid.identity.IdNumbers;
import org.medaid.identity.PolicyArea;
import org.medaid.importer.Field;
import org.medaid.model.Category;
import org.medaid.model.Labels;
import org.medaid.store.CategoryRecord;
import org.medaid.store.PersonRecord;

/**
 * Monthly lists for a sample township, as the county receives them: a full list (全量库: every category
 * row of the township) or a change list (变化库: only what changed), each with a new household, an exit,
 * and five planted bad rows: a wrong check digit, an unknown category, an ambiguous category (监测户), an
 * end before the start, and a duplicate row.
 */
public final class SampleLists {

    /** The exit date the lists give an open category: the end of the sample month. */
    public static final LocalDate EXIT = SampleGenerator.AS_OF.withDayOfMonth(SampleGenerator.AS_OF.lengthOfMonth());

    private SampleLists() {
    }

    public static List<String> header(SampleTownship town) {
        return List.of(town.text().getProperty("header.seq"), label(Field.NAME), label(Field.ID_NUMBER), label(Field.CATEGORY),
                label(Field.FROM), label(Field.TO), label(Field.DEPARTMENT), label(Field.DOCUMENT_NO), label(Field.TOWNSHIP),
                label(Field.VILLAGE), label(Field.HEAD_NAME), label(Field.HEAD_ID_NUMBER), label(Field.RELATION),
                label(Field.PHONE));
    }

    /** The rows of a list (without the header); {@code full}: every category row, else only the changes. */
    public static List<List<String>> rows(PolicyArea area, boolean full) {
        SampleTownship town = SampleTownship.of(area);
        List<SamplePerson> people = SampleGenerator.generate(area);
        List<List<String>> rows = new ArrayList<>();
        if (full) {
            for (SamplePerson s : people) {
                for (CategoryRecord k : s.categories()) {
                    rows.add(row(s, k, k.to()));
                }
            }
        }
        SamplePerson leaver = people.stream().filter(s -> s.categories().stream().anyMatch(k -> k.to() == null))
                .skip(3).findFirst().orElseThrow();
        CategoryRecord open = leaver.categories().stream().filter(k -> k.to() == null).findFirst().orElseThrow();
        if (full) {
            rows.removeIf(r -> r.get(2).equals(leaver.person().idNumber()) && r.get(3).equals(Labels.of(open.code(), zh())));
        }
        rows.add(row(leaver, open, EXIT));
        Set<String> taken = people.stream().map(s -> s.person().idNumber()).collect(Collectors.toSet());
        Random random = new Random(99L + area.ordinal());
        Category newCategory = town.categories().contains(Category.MINIMUM_LIVING) ? Category.MINIMUM_LIVING
                : town.categories().iterator().next();
        String headId = freshId(town, random, taken, 1966, true);
        String wifeId = freshId(town, random, taken, 1968, false);
        String headName = NamePool.name(random, true);
        String village = town.villages().get(0);
        LocalDate from = SampleGenerator.AS_OF.withDayOfMonth(1);
        String doc = town.documentNo(SampleGenerator.department(newCategory), from.getYear(), 90);
        rows.add(newRow(town, headName, headId, newCategory, from, doc, village, headName, headId, town.relation("head")));
        rows.add(newRow(town, NamePool.name(random, false), wifeId, newCategory, from, doc, village, headName, headId,
                town.relation("spouse")));
        rows.addAll(badRows(town, random, taken, rows.get(rows.size() - 1), doc, village));
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).set(0, String.valueOf(i + 1));
        }
        return rows;
    }

    private static List<List<String>> badRows(SampleTownship town, Random random, Set<String> taken, List<String> copy,
            String doc, String village) {
        List<List<String>> bad = new ArrayList<>();
        String good = freshId(town, random, taken, 1971, true);
        String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        LocalDate from = SampleGenerator.AS_OF.withDayOfMonth(1);
        Category any = town.categories().iterator().next();
        bad.add(newRow(town, NamePool.name(random, true), wrongCheck, any, from, doc, village, null, null, null));
        List<String> unknown = newRow(town, NamePool.name(random, false), freshId(town, random, taken, 1972, false), any,
                from, doc, village, null, null, null);
        unknown.set(3, town.text().getProperty("bad.category"));
        bad.add(unknown);
        List<String> ambiguous = newRow(town, NamePool.name(random, true), freshId(town, random, taken, 1973, true), any,
                from, doc, village, null, null, null);
        ambiguous.set(3, town.text().getProperty("bad.ambiguous"));
        bad.add(ambiguous);
        List<String> backwards = newRow(town, NamePool.name(random, false), freshId(town, random, taken, 1974, false), any,
                from, doc, village, null, null, null);
        backwards.set(5, from.minusMonths(2).toString());
        bad.add(backwards);
        bad.add(new ArrayList<>(copy));
        return bad;
    }

    private static List<String> row(SamplePerson s, CategoryRecord k, LocalDate to) {
        PersonRecord p = s.person();
        return new ArrayList<>(List.of("", p.name(), p.idNumber(), Labels.of(k.code(), zh()), k.from().toString(),
                to == null ? "" : to.toString(), Labels.of(k.department(), zh()), k.documentNo(), p.township(), p.village(),
                "", s.headIdNumber(), p.relation(), p.phone()));
    }

    private static List<String> newRow(SampleTownship town, String name, String id, Category code, LocalDate from, String doc,
            String village, String headName, String headId, String relation) {
        return new ArrayList<>(List.of("", name, id, Labels.of(code, zh()), from.toString(), "",
                Labels.of(SampleGenerator.department(code), zh()), doc, town.township(), village,
                headName == null ? "" : headName, headId == null ? "" : headId, relation == null ? "" : relation, ""));
    }

    private static String freshId(SampleTownship town, Random random, Set<String> taken, int year, boolean male) {
        while (true) {
            String id = IdNumbers.compose(town.county(), LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)),
                    random.nextInt(500) * 2 + (male ? 1 : 0));
            if (taken.add(id)) {
                return id;
            }
        }
    }

    private static String label(Field f) {
        return f.label(zh());
    }

    static java.util.Locale zh() {
        return java.util.Locale.SIMPLIFIED_CHINESE;
    }
}
