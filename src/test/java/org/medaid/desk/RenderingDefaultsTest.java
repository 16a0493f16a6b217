package org.medaid.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingDefaultsTest {

    @Test
    void regionCachingIsOffUnlessTheCommandLineSaysOtherwise() {
        Properties none = new Properties();
        DeskApplication.renderingDefaults(none);
        assertEquals("true", none.getProperty("prism.disableRegionCaching"));

        Properties given = new Properties();
        given.setProperty("prism.disableRegionCaching", "false");
        DeskApplication.renderingDefaults(given);
        assertEquals("false", given.getProperty("prism.disableRegionCaching"), "a value given with -D was overwritten");
    }

    @TempDir
    Path dev;

    @Test
    void softwareRenderingIsChosenOnlyOnALinuxPcWhereNoGraphicsCardCanBeReached() throws Exception {
        Properties noDri = new Properties();
        DeskApplication.renderingDefaults(noDri, "Linux", dev.resolve("dri"));
        assertEquals("sw", noDri.getProperty("prism.order"), "no /dev/dri: Mesa would be software and rejected");

        Path dri = Files.createDirectories(dev.resolve("dri"));
        Properties empty = new Properties();
        DeskApplication.renderingDefaults(empty, "Linux", dri);
        assertEquals("sw", empty.getProperty("prism.order"), "an empty /dev/dri reaches no card");

        Path card = Files.createFile(dri.resolve("renderD128"));
        Properties withCard = new Properties();
        DeskApplication.renderingDefaults(withCard, "Linux", dri);
        assertNull(withCard.getProperty("prism.order"), "a readable render node: JavaFX's own order, the hardware pipeline");

        Properties windows = new Properties();
        DeskApplication.renderingDefaults(windows, "Windows 10", dev.resolve("nothing"));
        assertNull(windows.getProperty("prism.order"), "Windows keeps D3D");

        Properties given = new Properties();
        given.setProperty("prism.order", "es2");
        DeskApplication.renderingDefaults(given, "Linux", dev.resolve("nothing"));
        assertEquals("es2", given.getProperty("prism.order"), "a value given with -D was overwritten");

        assertTrue(Files.exists(card));
    }
}
