package org.medaid.desk.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.desk.common.ScreenStatus;
import org.medaid.settings.DeskSettings;
import org.medaid.identity.PolicyArea;

/**
 * The settings screen: language, policy region and the idle lock's minutes, each kept as soon as it is
 * chosen. A new language is handed to {@code onLanguage}, which rebuilds the screens. There is no operator
 * name any more: the audit names the logged-in user (ADR 0034); region and idle minutes are the
 * administrator's: {@link #setMayChange} only greys the fields, every change goes through
 * {@link SettingChanges} (users.Administration), which refuses anyone else with a sentence in {@link #status}.
 */
public final class SettingsViewModel {

    private final DeskSettings settings;
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final StringProperty idleMinutes = new SimpleStringProperty();
    private final javafx.beans.property.BooleanProperty mayChange = new javafx.beans.property.SimpleBooleanProperty(true);
    private final ObjectProperty<PolicyArea> area = new SimpleObjectProperty<>();
    private final Path dataFolder;
    private final String schemaVersion;
    private final SettingChanges changes;
    private final ScreenStatus status = new ScreenStatus();
    private Consumer<Locale> onLanguage = l -> { };
    private Runnable onChanged = () -> { };

    public SettingsViewModel(DeskSettings settings, Path dataFolder, String schemaVersion, SettingChanges changes) {
        this.settings = settings;
        this.changes = changes;
        this.dataFolder = dataFolder;
        this.schemaVersion = schemaVersion;
        language.set(settings.locale());
        idleMinutes.set(Integer.toString(settings.idleMinutes()));
        area.set(settings.area().orElse(null));
        language.addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                settings.setLocale(b);
                onLanguage.accept(b);
            }
        });
        area.addListener((o, a, b) -> {
            if (b != null && !b.equals(settings.area().orElse(null))) {
                changes.apply(() -> settings.setArea(b), onChanged, sentence -> {
                    refused(sentence);
                    area.set(settings.area().orElse(null));
                });
            }
        });
    }

    /** Whole minutes from 1 to 240. */
    public BooleanBinding idleValid() {
        return Bindings.createBooleanBinding(() -> idleMinutes.get() != null && idleMinutes.get().strip().matches("\\d{1,3}")
                && Integer.parseInt(idleMinutes.get().strip()) >= 1 && Integer.parseInt(idleMinutes.get().strip()) <= 240, idleMinutes);
    }

    /**
     * Asks to keep the idle minutes; false when they are not valid. Kept only when the session may change
     * settings: then {@code saved} is shown, else the refusal sentence (and the stored minutes come back).
     */
    public boolean commitIdle(String saved) {
        if (!idleValid().get()) {
            return false;
        }
        int minutes = Integer.parseInt(idleMinutes.get().strip());
        if (minutes == settings.idleMinutes()) {
            status.clearRefusal(); // typed back to the kept minutes: an earlier refusal no longer holds
            return true;
        }
        changes.apply(() -> settings.setIdleMinutes(minutes), () -> {
            status.say(saved);
            onChanged.run();
        }, sentence -> {
            refused(sentence);
            idleMinutes.set(Integer.toString(settings.idleMinutes()));
        });
        return true;
    }

    private void refused(String sentence) {
        status.refuse(sentence);
    }

    /** The outcome of the last change: saved, or the sentence that refused it. */
    public ScreenStatus status() {
        return status;
    }

    /** Whether the logged-in user may change the desk's settings (系统管理员); the language is everyone's. */
    public void setMayChange(boolean may) {
        mayChange.set(may);
    }

    public javafx.beans.property.BooleanProperty mayChangeProperty() {
        return mayChange;
    }

    public StringProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<PolicyArea> areaProperty() {
        return area;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    public void setOnLanguage(Consumer<Locale> action) {
        this.onLanguage = action;
    }

    /** Region or idle minutes changed: the status bar follows. */
    public void setOnChanged(Runnable action) {
        this.onChanged = action;
    }
}
