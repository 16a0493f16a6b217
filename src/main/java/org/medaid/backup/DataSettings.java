package org.medaid.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.medaid.store.DataFolder;

/**
 * The data choices that outlive a session, kept with {@link Preferences} next to the desk's other
 * settings: where the data lives (from the next start), backup on exit and its folder, and the font
 * printed forms use. {@code -Dmedaid.data} always wins over the stored data folder.
 */
public final class DataSettings {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DataSettings.class);

    private static final String DATA_FOLDER = "dataFolder";
    private static final String BACKUP_ON_EXIT = "backupOnExit";
    private static final String BACKUP_FOLDER = "backupFolder";
    private static final String PRINT_FONT = "printFont";
    /** The print package's font setting. */
    public static final String PRINT_FONT_PROPERTY = org.medaid.print.CjkFont.PROPERTY;
    /** Set when {@code medaid.data} came from these settings rather than the command line. */
    private static final String FROM_SETTINGS = "medaid.data.fromSettings";

    /** Where the data folder in effect was decided. */
    public enum DataOrigin { DEFAULT, SETTINGS, COMMAND_LINE }

    private final Preferences node;

    public DataSettings(Preferences node) {
        this.node = node;
    }

    /** The settings of the user running the desk (the same node as the desk's other settings). */
    public static DataSettings forUser() {
        return new DataSettings(Preferences.userRoot().node("org/medaid/desk"));
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
