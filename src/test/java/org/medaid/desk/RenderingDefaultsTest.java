package org.medaid.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

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
}
