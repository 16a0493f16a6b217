package org.medaid.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.medaid.identity.Department;
import org.medaid.identity.PolicyArea;
import org.medaid.model.Category;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;

/**
 * A sample township of one policy area: county code, township, villages, and the categories its policies name.
 * {@code docPrefix} is the county's short name before a department's document prefix (沂南 + 民发) when the
 * county is not the area's own sample county, else null (the sample county's prefixes are in the resource).
 */
public record SampleTownship(PolicyArea area, String county, String township, List<String> villages,
        Set<Category> categories, Properties text, String docPrefix) {

    private static final Properties TEXT = load();

    /** The township of the area's own sample county (samples/townships/&lt;area&gt;/). */
    public static SampleTownship of(PolicyArea area) {
        String id = area.id();
        String county = TEXT.getProperty(id + ".county");
        return new SampleTownship(area, county, TEXT.getProperty(id + ".township"),
                List.of(TEXT.getProperty(id + ".villages").split(",")), named(county), TEXT, null);
    }

    /**
     * The township of the county the desk was set up for (ADR 0052: the sample's ID numbers use the codes
     * of the chosen county): the area's sample township when it is that county, else a township named after
     * the county ({@code 兰山样例镇}) with the same villages. Refuses a code outside the policy areas.
     */
    public static SampleTownship forCounty(String countyCode) {
        PolicyArea area = PolicyArea.of(countyCode);
        if (area == null || countyCode.length() != 6) {
            throw new IllegalArgumentException("no sample township for region " + countyCode + ": not a county of a policy area");
        }
        SampleTownship own = of(area);
        if (own.county().equals(countyCode)) {
            return own;
        }
        String name = org.medaid.identity.RegionCodes.bundled().find(countyCode).map(r -> r.name())
                .orElseThrow(() -> new IllegalArgumentException("unknown region code " + countyCode));
        String shortName = name.length() > 2 && (name.endsWith("县") || name.endsWith("区") || name.endsWith("市"))
                ? name.substring(0, name.length() - 1) : name;
        return new SampleTownship(area, countyCode, shortName + TEXT.getProperty("township.suffix"), own.villages(),
                named(countyCode), TEXT, shortName);
    }

    private static Set<Category> named(String county) {
        Set<Category> named = EnumSet.noneOf(Category.class);
        for (Policy p : PolicyRegistry.bundled().all()) {
            if (p.coversRegion(county)) {
                named.addAll(p.namedCategories());
            }
        }
        return named;
    }

    /** A fictional document number of the certifying department: 隆民发〔2023〕12号. */
    public String documentNo(Department department, int year, int number) {
        String prefix = docPrefix == null ? text.getProperty(area.id() + ".docs." + department.name())
                : docPrefix + text.getProperty("docs." + department.name());
        return prefix + "〔" + year + "〕" + number + "号";
    }

    public String relation(String key) {
        return text.getProperty("relation." + key);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = SampleTownship.class.getResourceAsStream("/org/medaid/sample/townships.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
