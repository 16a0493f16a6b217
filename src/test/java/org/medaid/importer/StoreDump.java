package org.medaid.importer;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import org.medaid.store.Database;

/** Every row of every table of the store as text, to prove that something changed nothing. */
final class StoreDump {

    private StoreDump() {
    }

    static String of(Database db) {
        return db.read(c -> {
            StringBuilder out = new StringBuilder();
            for (String table : new String[] {"person", "person_category", "audit"}) {
                out.append("## ").append(table).append('\n');
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            out.append(rs.getString(i)).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
            return out.toString();
        });
    }
}
