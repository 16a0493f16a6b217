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

/** A sample township of one policy area: county code, township, villages, and the categories its policies name. */
public record SampleTownship(PolicyArea area, String county, String township, List<String> villages,
        Set<Category> categories, Properties text) {

    private static final Properties TEXT = load();

    public static SampleTownship of(PolicyArea area) {
        String id = area.id();
        String county = TEXT.getProperty(id + ".county");
        Set<Category> named = EnumSet.noneOf(Category.class);
        for (Policy p : PolicyRegistry.bundled().all()) {
            if (p.coversRegion(county)) {
                named.addAll(p.namedCategories());
            }
        }
        return new SampleTownship(area, county, TEXT.getProperty(id + ".township"),
                List.of(TEXT.getProperty(id + ".villages").split(",")), named, TEXT);
    }

    /** A fictional document number of the certifying department: 隆民发〔2023〕12号. */
    public String documentNo(Department department, int year, int number) {
        return text.getProperty(area.id() + ".docs." + department.name()) + "〔" + year + "〕" + number + "号";
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
