package org.medaid.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.medaid.identity.PolicyArea;
import org.medaid.store.DataFolder;

/**
 * The one class over the desk's preferences node ({@code org/medaid/desk}): every choice that outlives a
 * session — language, policy region, idle minutes, where the data lives (from the next start),
 * backup on exit and its folder, the font printed forms use. Printing choices live in the child node
 * {@code print} ({@code desk.preview.PrintSettings}). {@code -Dmedaid.data} always wins over the stored data
 * folder. Tests pass their own node and remove it afterwards.
 */
public final class DeskSettings {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeskSettings.class);

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The print package's font setting. */
    public static final String PRINT_FONT_PROPERTY = org.medaid.print.CjkFont.PROPERTY;

    private static final String LANGUAGE = "language";
    private static final String AREA = "policyArea";
    private static final String IDLE_MINUTES = "idleMinutes";
    private static final String DATA_FOLDER = "dataFolder";
    private static final String BACKUP_ON_EXIT = "backupOnExit";
    private static final String BACKUP_FOLDER = "backupFolder";
    private static final String PRINT_FONT = "printFont";
    /** Set when {@code medaid.data} came from these settings rather than the command line. */
    private static final String FROM_SETTINGS = "medaid.data.fromSettings";

    /** Where the data folder in effect was decided. */
    public enum DataOrigin { DEFAULT, SETTINGS, COMMAND_LINE }

    private final Preferences node;

    public DeskSettings(Preferences node) {
        this.node = node;
    }

    /** The settings of the user running the desk. */
    public static DeskSettings forUser() {
        return new DeskSettings(Preferences.userRoot().node("org/medaid/desk"));
    }

    /** The preferences node; printing keeps its choices in the child {@code print}. */
    public Preferences node() {
        return node;
    }

    /** Every stored choice by key, for the support bundle; an unreadable node gives {@code settings.unreadable}. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (String key : node.keys()) {
                values.put(key, node.get(key, ""));
            }
        } catch (BackingStoreException | IllegalStateException e) {
            values.put("settings.unreadable", String.valueOf(e.getMessage()));
        }
        return values;
    }

    public Locale locale() {
        return "en".equals(node.get(LANGUAGE, "zh_CN")) ? ENGLISH : CHINESE;
    }

    public void setLocale(Locale locale) {
        node.put(LANGUAGE, ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh_CN");
        flush();
    }

    /** Minutes without a key or mouse event before the desk locks (ADR 0034): 15 unless an administrator set it. */
    public int idleMinutes() {
        return Math.max(1, Math.min(240, node.getInt(IDLE_MINUTES, 15)));
    }

    public void setIdleMinutes(int minutes) {
        node.putInt(IDLE_MINUTES, Math.max(1, Math.min(240, minutes)));
        flush();
    }

    /** The policy region the desk settles for (status bar, defaults of new people). */
    public Optional<PolicyArea> area() {
        String id = node.get(AREA, "");
        try {
            return id.isEmpty() ? Optional.empty() : Optional.of(PolicyArea.ofId(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void setArea(PolicyArea area) {
        node.put(AREA, area.id());
        flush();
    }

    /**
     * At start, before anything asks {@link DataFolder#resolve()}: a stored data folder becomes
     * {@code -Dmedaid.data} unless that was given on the command line, and a stored print font becomes
     * the print package's font setting. Returns the data folder in effect.
     */
    public Path applyAtStart() {
        String given = System.getProperty(DataFolder.PROPERTY);
        Optional<Path> stored = storedDataFolder();
        if ((given == null || given.isBlank()) && stored.isPresent()) {
            System.setProperty(DataFolder.PROPERTY, stored.get().toString());
            System.setProperty(FROM_SETTINGS, "true");
        }
        printFont().ifPresent(f -> {
            if (System.getProperty(PRINT_FONT_PROPERTY) == null) {
                System.setProperty(PRINT_FONT_PROPERTY, f);
            }
        });
        return DataFolder.resolve();
    }

    /** Where the data folder in effect came from; a command-line folder cannot be changed here. */
    public static DataOrigin dataOrigin() {
        String given = System.getProperty(DataFolder.PROPERTY);
        if (given == null || given.isBlank()) {
            return DataOrigin.DEFAULT;
        }
        return Boolean.getBoolean(FROM_SETTINGS) ? DataOrigin.SETTINGS : DataOrigin.COMMAND_LINE;
    }

    public Optional<Path> storedDataFolder() {
        String s = node.get(DATA_FOLDER, "");
        return s.isBlank() ? Optional.empty() : Optional.of(Path.of(s).toAbsolutePath());
    }

    /** The data folder for the next start; null forgets the choice (the default folder again). */
    public void setDataFolder(Path folder) {
        if (folder == null) {
            node.remove(DATA_FOLDER);
        } else {
            node.put(DATA_FOLDER, folder.toAbsolutePath().toString());
        }
        flush();
    }

    /** Back up when the desk closes; on unless the clerk turned it off. */
    public boolean backupOnExit() {
        return node.getBoolean(BACKUP_ON_EXIT, true);
    }

    public void setBackupOnExit(boolean on) {
        node.putBoolean(BACKUP_ON_EXIT, on);
        flush();
    }

    /** Where backups go: the chosen folder, or {@code backups} inside the data folder. */
    public Path backupFolder(Path dataFolder) {
        String s = node.get(BACKUP_FOLDER, "");
        return s.isBlank() ? dataFolder.resolve("backups") : Path.of(s);
    }

    public void setBackupFolder(Path folder) {
        node.put(BACKUP_FOLDER, folder.toAbsolutePath().toString());
        flush();
    }

    /** The chosen font file ({@code path} or {@code path,N} for a face of a .ttc); empty for the bundled font. */
    public Optional<String> printFont() {
        String s = node.get(PRINT_FONT, "");
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    /** Keeps the font and makes it the print setting at once; null returns to the bundled font. */
    public void setPrintFont(String setting) {
        if (setting == null || setting.isBlank()) {
            node.remove(PRINT_FONT);
            System.clearProperty(PRINT_FONT_PROPERTY);
        } else {
            node.put(PRINT_FONT, setting);
            System.setProperty(PRINT_FONT_PROPERTY, setting);
        }
        flush();
    }

    /** A folder the desk may keep its data in: absent (it will be made) or a writable folder. */
    public static boolean usableDataFolder(Path folder) {
        if (!Files.exists(folder)) {
            Path parent = folder.toAbsolutePath().getParent();
            while (parent != null && !Files.exists(parent)) {
                parent = parent.getParent();
            }
            return parent != null && Files.isDirectory(parent) && Files.isWritable(parent);
        }
        return Files.isDirectory(folder) && Files.isWritable(folder);
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The choice still holds for this session; a read-only profile must not stop the desk.
            LOG.warn("settings not saved", e);
        }
    }
}
