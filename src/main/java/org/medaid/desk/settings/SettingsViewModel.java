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
import org.medaid.desk.common.DeskSettings;
import org.medaid.identity.PolicyArea;

/**
 * The settings screen: language, operator and policy region, each kept as soon as it is chosen. A new
 * language is handed to {@code onLanguage}, which rebuilds the screens.
 */
public final class SettingsViewModel {

    private final DeskSettings settings;
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final StringProperty operator = new SimpleStringProperty();
    private final ObjectProperty<PolicyArea> area = new SimpleObjectProperty<>();
    private final Path dataFolder;
    private final String schemaVersion;
    private Consumer<Locale> onLanguage = l -> { };
    private Runnable onChanged = () -> { };

    public SettingsViewModel(DeskSettings settings, Path dataFolder, String schemaVersion) {
        this.settings = settings;
        this.dataFolder = dataFolder;
        this.schemaVersion = schemaVersion;
        language.set(settings.locale());
        operator.set(settings.operator());
        area.set(settings.area().orElse(null));
        language.addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                settings.setLocale(b);
                onLanguage.accept(b);
            }
        });
        area.addListener((o, a, b) -> {
            if (b != null) {
                settings.setArea(b);
                onChanged.run();
            }
        });
    }

    public BooleanBinding operatorValid() {
        return Bindings.createBooleanBinding(() -> operator.get() != null && !operator.get().isBlank()
                && operator.get().strip().length() <= 64, operator);
    }

    /** Keeps the operator's name when it is valid; returns whether it was kept. */
    public boolean commitOperator() {
        if (!operatorValid().get()) {
            return false;
        }
        settings.setOperator(operator.get());
        onChanged.run();
        return true;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public StringProperty operatorProperty() {
        return operator;
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

    /** Operator or region changed: the status bar follows. */
    public void setOnChanged(Runnable action) {
        this.onChanged = action;
    }
}
