package org.medaid.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The tip marker beside the store (ADR 0072, after ADR 0053): how far the audit chain had
 * reached when the desk last opened the store for work or closed it, as {@code rows} and a digest of the
 * chain's newest hash. The store's file grows by appended chunks (ADR 0053); a file cut short between two
 * sessions, or an older copy put in its place, can read as a complete older store. The check at open
 * compares the file with its marker: a store whose chain ends before the marker's row, or whose row there has
 * another hash, is damage, never opened for work.
 *
 * <p>The marker holds no personal data: a count and the SHA-256 of a hash. A store without a marker (made
 * before this release, or just restored) passes; a restore removes the marker ({@link #forget}).
 */
public final class StoreTip {

    /** The marker's file name in the data folder. */
    public static final String FILE = "medaid.tip";
    private static final String PREFIX = "medaid-tip 2 ";

    /**
     * What the marker says: the audit chain had {@code rows} rows, the newest (audit id {@code lastId}, 0 for
     * none) hashing to {@code digest}.
     */
    public record Tip(long rows, long lastId, String digest) {
        String line() {
            return PREFIX + rows + " " + lastId + " " + digest + "\n";
        }
    }

    private StoreTip() {
    }

    /** Writes the store's current tip beside it: a new file, forced to the device, then moved into place. */
    static void record(Path folder, Connection c) {
        Tip tip;
        try {
            tip = current(c);
        } catch (SQLException e) {
            throw Sql.failure("cannot read the audit chain's tip", e);
        }
        Path target = folder.resolve(FILE);
        Path temp = folder.resolve(FILE + ".new");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(tip.line().getBytes(StandardCharsets.US_ASCII)));
                ch.force(true);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot write the store's tip marker " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * The tip of the store in the transaction {@code c} (every write of the store adds an audit row, so an equal
     * tip means nothing was written in between: a list import's proof that its preview still holds, ADR 0076).
     * With {@code lock} the audit head stays locked to this transaction, so no other write can come between.
     */
    public static Tip current(Tx c, boolean lock) throws SQLException {
        if (lock) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id FROM audit_head WHERE id = 1 FOR UPDATE")) {
                rs.next();
            }
        }
        return current(c.connection());
    }

    /** The tip of the store on {@code c}: the audit head's row count and the digest of its newest hash. */
    static Tip current(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT h.rows, h.tip_hash, "
                + "(SELECT COALESCE(MAX(a.id), 0) FROM audit a) FROM audit_head h WHERE h.id = 1")) {
            if (!rs.next()) {
                return new Tip(0, 0, digest(""));
            }
            return new Tip(rs.getLong(1), rs.getLong(3), digest(rs.getString(2)));
        }
    }

    /**
     * The marker in {@code folder}, if one is there and readable. A marker the desk cannot read (edited by hand,
     * or not one it wrote) is treated as absent and logged: it says nothing about the store, and a sound store
     * must not be called damaged for it. The next work open writes a good one in its place.
     */
    public static Optional<Tip> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String why;
        try {
            Optional<Tip> tip = parse(Files.readString(file, StandardCharsets.ISO_8859_1));
            if (tip.isPresent()) {
                return tip;
            }
            why = "it is not one the desk wrote";
        } catch (IOException e) {
            why = e.getClass().getSimpleName();
        }
        LoggerFactory.getLogger(StoreTip.class).warn("The store's tip marker {} cannot be read ({}); it is ignored "
                + "and the next open writes a new one", file.getFileName(), why);
        return Optional.empty();
    }

    /** The tip a marker's text says, or empty when the text is not a marker the desk wrote. */
    static Optional<Tip> parse(String text) {
        String[] parts = text.trim().split(" ");
        if (parts.length != 5 || !(parts[0] + " " + parts[1] + " ").equals(PREFIX)
                || !parts[4].matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        try {
            long rows = Long.parseLong(parts[2]);
            long lastId = Long.parseLong(parts[3]);
            return rows < 0 || lastId < 0 ? Optional.empty() : Optional.of(new Tip(rows, lastId, parts[4]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks that the store on {@code c} reaches the marker in {@code folder}: its chain has at least the
     * marker's rows and its row at that place hashes to the marker's digest. Throws {@link StoreException}
     * saying what differs; a folder without a marker passes.
     */
    public static void verify(Path folder, Tx c) throws SQLException {
        Optional<Tip> marker = read(folder);
        if (marker.isEmpty()) {
            return;
        }
        Tip expected = marker.get();
        Tip now = current(c.connection());
        if (now.rows() < expected.rows()) {
            throw new StoreException("the store is older than the desk left it: its audit trail has " + now.rows()
                    + " rows, the last session ended with " + expected.rows() + " (the file was cut short or replaced)");
        }
        if (expected.rows() > 0 && !expected.digest().equals(rowDigest(c.connection(), expected.lastId()))) {
            throw new StoreException("the store is not the one the desk left: its audit row " + expected.lastId()
                    + " differs from the one the last session ended with (the file was replaced)");
        }
    }

    /** The digest of audit row {@code id}'s hash: one look-up by the primary key, however long the trail. */
    private static String rowDigest(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT row_hash FROM audit WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? digest(rs.getString(1)) : "";
            }
        }
    }

    /** Removes the marker: the store in the folder was replaced on purpose (a restore). */
    public static void forget(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(FILE));
        Files.deleteIfExists(folder.resolve(FILE + ".new"));
    }

    static String digest(String hash) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    String.valueOf(hash).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
