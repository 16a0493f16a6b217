package org.medaid.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.medaid.store.Database;
import org.medaid.store.Tx;

/**
 * The county's confirmed figures inside the backup (ADR 0070). The figures live in {@link CountyFigures#FILE}
 * of the data folder; a backup first copies that file's text into the store ({@code county_figures_copy},
 * V79) when it differs from the newest copy, so it is encrypted, counted in the manifest and covered by the
 * MAC like every other row. A restore leaves a marker; the first open of the restored store (after the
 * login, when the key is known) writes the newest copy back as the file. A backup made before V79 holds no
 * copy: the data folder's file is then left as it was and the clerk is told to check the figures. The county's decision
 * on insurance as a condition (ADR 0098) needs no copy: it is a table of the store, so in every backup already.
 */
public final class CountyFiguresCopy {

    /** Written next to a restored store: its county figures are still to be taken from it. */
    static final String RESTORED = "county-figures.from-backup";
    /** Where the file a restore replaced is kept (records are never deleted). */
    static final String BEFORE_RESTORE = "county-figures.before-restore.yaml";

    /** What the open of a restored store did with the county's figures. */
    public enum Outcome {
        /** No restore was waiting. */
        NO_RESTORE,
        /** The backup's figures are the data folder's now. */
        RESTORED,
        /** The backup is older than the copy: the figures were left as they were, to be checked. */
        NOT_IN_BACKUP
    }

    private CountyFiguresCopy() {
    }

    /**
     * Copies the data folder's figures into {@code db} when they differ from its newest copy (no file and no
     * copy: nothing to write; no file after a copy: an empty copy); one transaction.
     */
    static void take(Database db, Clock clock) {
        Optional<String> file = read(db.folder().resolve(CountyFigures.FILE));
        db.inTransaction(tx -> {
            Optional<String> last = newest(tx);
            String layer = file.orElse("");
            if (file.isPresent() || last.isPresent()) {
                if (last.isPresent() && last.get().equals(layer)) {
                    return null;
                }
                try (var ps = tx.prepareStatement("INSERT INTO county_figures_copy (taken_at, layer) VALUES (?, ?)")) {
                    ps.setObject(1, LocalDateTime.now(clock).withNano(0));
                    ps.setString(2, layer);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Marks {@code dataFolder}'s store as restored: its figures are written back at its next open. */
    static void markRestored(Path dataFolder) throws IOException {
        Files.writeString(dataFolder.resolve(RESTORED), "");
    }

    /** Whether the store in {@code folder} was restored and its figures are still to be written back at its open. */
    public static boolean awaitsOpen(Path folder) {
        return Files.exists(folder.resolve(RESTORED));
    }

    /**
     * After a restore, writes the restored store's newest copy of the figures as the data folder's file (the
     * file it replaces is kept as {@link #BEFORE_RESTORE}; an empty copy means the county had set none), then
     * forgets the marker. Run on the desk's worker once the store is open.
     */
    public static Outcome afterOpen(Database db) {
        Path folder = db.folder();
        Path marker = folder.resolve(RESTORED);
        if (!Files.exists(marker)) {
            return Outcome.NO_RESTORE;
        }
        Optional<String> copy = db.read(CountyFiguresCopy::newest);
        try {
            if (copy.isPresent()) {
                Path file = folder.resolve(CountyFigures.FILE);
                if (Files.exists(file)) {
                    Files.copy(file, folder.resolve(BEFORE_RESTORE), StandardCopyOption.REPLACE_EXISTING);
                }
                if (copy.get().isEmpty()) {
                    Files.deleteIfExists(file);
                } else {
                    Path part = folder.resolve(CountyFigures.FILE + ".part");
                    Files.writeString(part, copy.get(), StandardCharsets.UTF_8);
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.delete(marker);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.DATA_FOLDER_FAILED, folder + ": " + e.getMessage(), e);
        }
        return copy.isPresent() ? Outcome.RESTORED : Outcome.NOT_IN_BACKUP;
    }

    private static Optional<String> newest(Tx tx) throws SQLException {
        try (var ps = tx.prepareStatement("SELECT layer FROM county_figures_copy ORDER BY id DESC LIMIT 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new BackupException(BackupProblem.BACKUP_FAILED, file + ": " + e.getMessage(), e);
        }
    }
}
