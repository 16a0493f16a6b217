package org.medaid.desk.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.DeskFixture;
import org.medaid.desk.common.DeskSettings;
import org.medaid.desk.common.SampleTownships;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.desk.task.TaskProgress;
import org.medaid.identity.PolicyArea;
import org.medaid.roster.RosterQuery;

class FirstStartViewModelTest {

    @TempDir
    Path folder;
    private DeskFixture store;
    private Preferences prefs;
    private DeskSettings settings;

    @BeforeEach
    void open() {
        store = new DeskFixture(folder);
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        settings = new DeskSettings(prefs);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        prefs.removeNode();
    }

    /** Enrols two people into the real store, reporting progress, or fails halfway when told. */
    private SampleTownships township(boolean fail) {
        return new SampleTownships() {
            @Override
            public List<PolicyArea> areas() {
                return List.of(PolicyArea.SHAOYANG, PolicyArea.LINYI);
            }

            @Override
            public int load(PolicyArea area, TaskProgress progress) {
                store.enrol("张三", DeskFixture.id(1956, 11), "前岭村");
                progress.update(1, 2);
                if (fail) {
                    throw new IllegalStateException("sample file unreadable");
                }
                store.enrol("李四", DeskFixture.id(1961, 13), "后岭村");
                progress.update(2, 2);
                return 2;
            }
        };
    }

    @Test
    void loadingATownshipFillsTheStoreAndMakesItTheDesksRegion() {
        FirstStartViewModel m = new FirstStartViewModel(township(false), new SameThreadTaskExecutor(), settings, DeskFixture.CHINESE);
        boolean[] closed = {false};
        m.setOnLoaded(() -> closed[0] = true);
        m.areaProperty().set(PolicyArea.LINYI);
        m.load();
        assertEquals(2, m.loadedProperty().get());
        assertEquals(2, store.services().roster().count(RosterQuery.all(DeskFixture.TODAY)));
        assertEquals(PolicyArea.LINYI, settings.area().orElseThrow());
        assertEquals("已载入临沂市示例乡镇，共 2 人", m.messageProperty().get());
        assertTrue(closed[0]);
    }

    @Test
    void aFailedLoadIsExplainedAndTheRegionIsNotChanged() {
        FirstStartViewModel m = new FirstStartViewModel(township(true), new SameThreadTaskExecutor(), settings, DeskFixture.CHINESE);
        m.load();
        assertNotNull(m.errorProperty().get());
        assertTrue(m.errorProperty().get().startsWith("载入失败"));
        assertTrue(settings.area().isEmpty());
        assertEquals(-1, m.loadedProperty().get());
    }

    @Test
    void theFirstRegionIsOfferedWhenNoneIsSet() {
        FirstStartViewModel m = new FirstStartViewModel(township(false), new SameThreadTaskExecutor(), settings, DeskFixture.CHINESE);
        assertEquals(PolicyArea.SHAOYANG, m.areaProperty().get());
    }
}
