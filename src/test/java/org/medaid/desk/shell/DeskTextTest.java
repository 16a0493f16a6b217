package org.medaid.desk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medaid.desk.common.Texts;

/**
 * The desk's one bundle family of screen text (ADR 0042): both languages have the same keys, every key the
 * Java code or an FXML file asks for exists, and no key is left that nothing uses. A key is used when a
 * string literal of the desk's code names it, or starts with a literal ending in a dot ({@code "nav." + id}).
 */
class DeskTextTest {

    private static final Path CODE = Path.of("src/main/java/org/medaid/desk");
    private static final Path VIEWS = Path.of("src/main/resources/org/medaid/desk");
    /** A text call on the desk's accessor: {@code text.get("key")}, {@code texts.format("key", ...)}. */
    private static final Pattern CALL = Pattern.compile("\\b(?:text|texts|t)\\.(?:get|format)\\(\\s*\"([a-z][\\w]*(?:\\.[\\w]+)+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][\\w]*(?:\\.[\\w]+)*\\.?)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.]+)\"");

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DeskTextTest.class.getResourceAsStream("/org/medaid/desk/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> zh = keys("desk.properties");
        Set<String> en = keys("desk_en.properties");
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertEquals("", onlyZh.isEmpty() && onlyEn.isEmpty() ? "" : "only in Chinese: " + onlyZh + "; only in English: " + onlyEn);
    }

    @Test
    void everyKeyTheScreensAskForExists() throws IOException {
        Set<String> zh = keys("desk.properties");
        Set<String> missing = new TreeSet<>();
        for (Path f : files(CODE, ".java")) {
            Matcher m = CALL.matcher(Files.readString(f));
            while (m.find()) {
                if (!zh.contains(m.group(1))) {
                    missing.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        for (Path f : files(VIEWS, ".fxml")) {
            Matcher m = FXML_KEY.matcher(Files.readString(f));
            while (m.find()) {
                if (!zh.contains(m.group(1))) {
                    missing.add(f.getFileName() + ": %" + m.group(1));
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys missing from desk.properties: " + missing);
    }

    @Test
    void noKeyIsLeftUnused() throws IOException {
        Set<String> literals = new TreeSet<>();
        for (Path f : files(CODE, ".java")) {
            Matcher m = LITERAL.matcher(Files.readString(f));
            while (m.find()) {
                literals.add(m.group(1));
            }
        }
        for (Path f : files(VIEWS, ".fxml")) {
            Matcher m = FXML_KEY.matcher(Files.readString(f));
            while (m.find()) {
                literals.add(m.group(1));
            }
        }
        Set<String> prefixes = literals.stream().filter(l -> l.endsWith(".")).collect(Collectors.toSet());
        Set<String> unused = keys("desk.properties").stream()
                .filter(k -> !literals.contains(k) && prefixes.stream().noneMatch(k::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(unused.isEmpty(), "keys of desk.properties nothing uses: " + unused);
    }

    @Test
    void chineseIsTheDefaultWhateverTheJvmSpeaks() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("登录", Texts.load(Locale.SIMPLIFIED_CHINESE).get("login.submit"));
            assertEquals("Log in", Texts.load(Locale.ENGLISH).get("login.submit"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
