package org.medaid.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.medaid.identity.Department;
import org.medaid.model.Category;
import org.medaid.model.Labels;

/**
 * Chinese names of categories and departments as the lists write them: the names of the labels bundle,
 * the synonyms of {@code categories.properties} / {@code departments.properties}, and the codes themselves.
 */
final class Vocabulary {

    /** A name that can mean several categories (监测户): the row is refused. */
    static final String AMBIGUOUS = "AMBIGUOUS";

    private static final Map<String, String> CATEGORIES = load("categories", Category.values());
    private static final Map<String, String> DEPARTMENTS = load("departments", Department.values());

    private Vocabulary() {
    }

    /** The code for a category name: a {@link Category} name, {@link #AMBIGUOUS}, or empty when unknown. */
    static Optional<String> category(String text) {
        return Optional.ofNullable(CATEGORIES.get(key(text)));
    }

    static Optional<Department> department(String text) {
        return Optional.ofNullable(DEPARTMENTS.get(key(text))).map(Department::valueOf);
    }

    private static String key(String text) {
        return text == null ? "" : text.replaceAll("[\\s　]", "").replaceAll("[（(][^）)]*[）)]$", "")
                .toUpperCase(Locale.ROOT);
    }

    private static Map<String, String> load(String file, Enum<?>[] codes) {
        Map<String, String> m = new HashMap<>();
        for (Enum<?> code : codes) {
            m.put(key(code.name()), code.name());
            m.put(key(Labels.of(code, Locale.SIMPLIFIED_CHINESE)), code.name());
        }
        Properties p = new Properties();
        try (InputStream in = Vocabulary.class.getResourceAsStream("/org/medaid/importer/" + file + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.forEach((k, v) -> m.put(key((String) k), ((String) v).trim()));
        return m;
    }
}
