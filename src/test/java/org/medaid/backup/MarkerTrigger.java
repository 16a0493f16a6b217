package org.medaid.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.h2.api.Trigger;

/**
 * The attacker's Java trigger: whenever H2 loads it (at CREATE, and at every open of a store that holds
 * it) or fires it, it writes the marker file named by {@value #PROPERTY}. A refused backup must leave no marker.
 */
public class MarkerTrigger implements Trigger {

    public static final String PROPERTY = "medaid.test.marker";

    static {
        mark("loaded");
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        mark("init");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
        mark("fired");
    }

    private static void mark(String what) {
        String file = System.getProperty(PROPERTY);
        if (file != null) {
            try {
                Files.writeString(Path.of(file), what);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
