package org.medaid.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Which column of the file holds which field. {@link #guess} proposes a mapping from the Chinese header
 * names (姓名, 身份证号, 人员类别, 认定日期 ...; the list is in {@code headers.properties}); the clerk can
 * change it with {@link #with} before the preview.
 */
public record ColumnMapping(Map<Field, Integer> columns) {

    private static final Properties HEADERS = load();
    private static final Map<Field, List<String>> SYNONYMS = synonyms(HEADERS, "");
    /** Words a field's header never holds ({@code FIELD.never}): 户籍地址 is an address, not the 户籍地 code. */
    private static final Map<Field, List<String>> NEVER = synonyms(HEADERS, ".never");

    public ColumnMapping {
        EnumMap<Field, Integer> copy = new EnumMap<>(Field.class);
        copy.putAll(columns);
        columns = Collections.unmodifiableMap(copy);
    }

    public static ColumnMapping guess(List<String> headers) {
        Map<Field, Integer> found = new EnumMap<>(Field.class);
        List<String> cleaned = headers.stream().map(ColumnMapping::clean).toList();
        // exact names first, then a header that starts with a name (身份证号码（18位） → 身份证号)
        for (boolean exact : new boolean[] {true, false}) {
            for (Field f : Field.values()) {
                if (found.containsKey(f)) {
                    continue;
                }
                for (String synonym : SYNONYMS.get(f)) {
                    int col = find(cleaned, synonym, exact, found, NEVER.get(f));
                    if (col >= 0) {
                        found.put(f, col);
                        break;
                    }
                }
            }
        }
        return new ColumnMapping(found);
    }

    private static int find(List<String> headers, String synonym, boolean exact, Map<Field, Integer> taken,
            List<String> never) {
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            if (never.stream().anyMatch(w -> !w.isEmpty() && h.contains(w))) {
                continue;
            }
            if (!taken.containsValue(i) && (exact ? h.equals(synonym) : h.startsWith(synonym) && synonym.length() >= 2)) {
                return i;
            }
        }
        return -1;
    }

    private static String clean(String header) {
        return header.replaceAll("[（(][^）)]*[）)]", "").replaceAll("[\\s*＊:：]", "");
    }

    /** The mapping with {@code field} in {@code column} (negative: not in the file). */
    public ColumnMapping with(Field field, int column) {
        Map<Field, Integer> m = new EnumMap<>(Field.class);
        m.putAll(columns);
        m.values().removeIf(v -> v == column);
        if (column < 0) {
            m.remove(field);
        } else {
            m.put(field, column);
        }
        return new ColumnMapping(m);
    }

    public int column(Field field) {
        return columns.getOrDefault(field, -1);
    }

    public boolean has(Field field) {
        return columns.containsKey(field);
    }

    /** Required fields without a column: the preview cannot start until this is empty. */
    public List<Field> missingRequired() {
        List<Field> missing = new ArrayList<>();
        for (Field f : Field.values()) {
            if (f.required() && !has(f)) {
                missing.add(f);
            }
        }
        return missing;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ColumnMapping.class.getResourceAsStream("/org/medaid/importer/headers.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Map<Field, List<String>> synonyms(Properties p, String suffix) {
        Map<Field, List<String>> m = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            m.put(f, List.of(p.getProperty(f.name() + suffix, "").split(",")));
        }
        return m;
    }
}
