package org.medaid.desk.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medaid.settings.DeskSettings;
import org.medaid.identity.PolicyArea;

class SettingsViewModelTest {

    private final Preferences prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
    private final DeskSettings settings = new DeskSettings(prefs);
    private final SettingsViewModel model = new SettingsViewModel(settings, Path.of("/data"), "1",
            (change, done, refused) -> {
                change.run();
                done.run();
            });

    @AfterEach
    void remove() throws Exception {
        prefs.removeNode();
    }

    @Test
    void chineseIsTheDefaultLanguage() {
        assertEquals(DeskSettings.CHINESE, model.languageProperty().get());
    }

    @Test
    void choosingEnglishIsKeptAndRebuildsTheScreens() {
        List<Locale> rebuilt = new ArrayList<>();
        model.setOnLanguage(rebuilt::add);
        model.languageProperty().set(DeskSettings.ENGLISH);
        assertEquals(List.of(DeskSettings.ENGLISH), rebuilt);
        assertEquals(DeskSettings.ENGLISH, new DeskSettings(prefs).locale());
    }

    @Test
    void theRegionIsKept() {
        model.areaProperty().set(PolicyArea.CHAOZHOU);
        assertEquals(PolicyArea.CHAOZHOU, new DeskSettings(prefs).area().orElseThrow());
    }

    @Test
    void idleMinutesAreKeptWhenValid() {
        model.idleMinutesProperty().set("0");
        assertFalse(model.commitIdle("saved"));
        model.idleMinutesProperty().set("30");
        assertTrue(model.commitIdle("saved"));
        assertEquals(30, new DeskSettings(prefs).idleMinutes());
        assertEquals("saved", model.status().message());
        assertFalse(model.status().isError(), "已保存 is news, shown in the success colour");
    }

    @Test
    void typingBackTheKeptMinutesTakesAnEarlierRefusalAway() {
        model.status().refuse("1–240");
        model.idleMinutesProperty().set(Integer.toString(settings.idleMinutes()));
        assertTrue(model.commitIdle("saved"));
        assertEquals("", model.status().message());
    }
}
