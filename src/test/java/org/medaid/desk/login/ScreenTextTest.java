package org.medaid.desk.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medaid.desk.screens.ScreenText;

/** The issue-4 screen text: both languages have every key, and every %key of the FXML files exists. */
class ScreenTextTest {

    private static final List<String> PACKAGES = List.of("bills", "ledger", "approval", "login", "lists", "preview");

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ScreenTextTest.class.getResourceAsStream("/org/medaid/desk/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("screens.properties"), keys("screens_en.properties"));
    }

    @Test
    void everyKeyOfTheScreensFxmlExists() throws IOException {
        ScreenText zh = ScreenText.of(Locale.SIMPLIFIED_CHINESE);
        Pattern key = Pattern.compile("\"%([\\w.]+)\"");
        List<String> missing = new ArrayList<>();
        for (String pkg : PACKAGES) {
            Path dir = Path.of("src/main/resources/org/medaid/desk", pkg);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                    Matcher m = key.matcher(Files.readString(f));
                    while (m.find()) {
                        if (zh.get(m.group(1)).startsWith("!")) {
                            missing.add(f.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), missing.toString());
    }

    @Test
    void chineseIsTheDefaultWhateverTheJvmSpeaks() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("登录", ScreenText.of(Locale.SIMPLIFIED_CHINESE).get("login.submit"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
