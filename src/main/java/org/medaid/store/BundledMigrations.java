package org.medaid.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a store lacks any of the desk's bundled migrations, told without starting Flyway (ADR 0079): the
 * versions of the SQL files in {@code db/migration} on the class path and of the Java migrations, against the
 * successful versions in the store's schema history. Flyway (its scan, its validation, its ~1,000 classes) then
 * runs only at an open that has something to migrate. Any doubt (a class path this cannot list, no history
 * table) counts as pending, so Flyway decides.
 */
final class BundledMigrations {

    private static final String LOCATION = "db/migration";
    private static final Pattern SQL_FILE = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");
    /** The Java migrations given to Flyway beside the SQL files ({@link AuditChainMigration}). */
    private static final Set<String> JAVA_VERSIONS = Set.of("41");
    private static volatile Set<String> bundled;

    private BundledMigrations() {
    }

    /** True when the store on {@code c} has not applied, successfully, every bundled migration. */
    static boolean pending(Connection c) {
        Set<String> all = versions();
        if (all.isEmpty()) {
            return true;
        }
        Set<String> applied = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
        } catch (SQLException e) {
            return true;
        }
        return !applied.containsAll(all);
    }

    /** The bundled versions (empty when the class path cannot be listed). */
    static Set<String> versions() {
        Set<String> known = bundled;
        if (known == null) {
            known = read();
            bundled = known;
        }
        return known;
    }

    private static Set<String> read() {
        Set<String> out = new TreeSet<>();
        try {
            Enumeration<URL> roots = BundledMigrations.class.getClassLoader().getResources(LOCATION);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                        files.forEach(f -> add(out, f.getFileName().toString()));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    JarURLConnection jar = (JarURLConnection) root.openConnection();
                    jar.setUseCaches(false);
                    try (JarFile file = jar.getJarFile()) {
                        for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements();) {
                            String name = e.nextElement().getName();
                            if (name.startsWith(LOCATION + "/")) {
                                add(out, name.substring(LOCATION.length() + 1));
                            }
                        }
                    }
                } else {
                    return Set.of();
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Set.of();
        }
        if (out.isEmpty()) {
            return Set.of();
        }
        out.addAll(JAVA_VERSIONS);
        return Set.copyOf(out);
    }

    private static void add(Set<String> out, String fileName) {
        Matcher m = SQL_FILE.matcher(fileName);
        if (m.matches()) {
            out.add(m.group(1).replace('_', '.'));
        }
    }
}
