package org.medaid.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import org.medaid.security.TestKeys;
import org.medaid.session.TestSessions;

/**
 * The process {@link KilledCompactTest} kills: opens the encrypted store in {@code args[0]} with the key in
 * {@code args[1]} (hex), leaves a file mostly dead with live records behind the dead part (a scratch table
 * filled and dropped, then {@code args[2]} people enrolled), prints {@code compacting}, and closes the store as
 * the desk's exit does ({@link Database#closeAndCompact()}), printing {@code compacted} when it returned.
 */
public final class CompactKillChild {

    static final String NAME = "甄秘密";

    private CompactKillChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        StoreCredentials credentials = StoreCredentials.encrypted(TestKeys.of(args[1]));
        int people = Integer.parseInt(args[2]);
        int round = Integer.parseInt(args[3]);
        Database db = Database.open(dir, TestKeys.of(args[1]));
        System.out.println("open");
        try (Connection c = credentials.ownerConnection(dir); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE scratch(id INT PRIMARY KEY, filler VARCHAR(4000))");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO scratch VALUES (?, ?)")) {
                String filler = "x".repeat(3000);
                for (int i = 0; i < 20_000; i++) {
                    p.setInt(1, i);
                    p.setString(2, filler + i);
                    p.addBatch();
                    if (i % 1000 == 999) {
                        p.executeBatch();
                    }
                }
            }
            s.execute("DROP TABLE scratch");
        }
        var store = new JdbcPersonStore(db);
        var clerk = TestSessions.as(db, "clerk");
        for (int i = 0; i < people; i++) {
            store.enrol(People.person(NAME + round + "-" + i, People.id("430524", 1950 + round, i), "石门村"),
                    List.of(), clerk);
        }
        System.out.println("compacting");
        db.closeAndCompact();
        System.out.println("compacted");
    }
}
