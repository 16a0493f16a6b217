package org.medaid.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the desk keeps its database: {@code -Dmedaid.data=DIR} when given, otherwise a per-user folder
 * ({@code %APPDATA%\medaid-desk} on Windows, {@code ~/Library/Application Support/medaid-desk} on macOS,
 * {@code ~/.medaid-desk/data} elsewhere).
 */
public final class DataFolder {

    /** The system property that overrides the data folder. */
    public static final String PROPERTY = "medaid.data";

    private DataFolder() {
    }

    public static Path resolve() {
        String given = System.getProperty(PROPERTY);
        if (given != null && !given.isBlank()) {
            return Path.of(given.trim()).toAbsolutePath();
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("medaid-desk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("medaid-desk");
        }
        return home.resolve(".medaid-desk").resolve("data");
    }
}
