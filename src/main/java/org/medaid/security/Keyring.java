package org.medaid.security;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The keyring file of a data folder ({@value #FILE}, ADR 0033): read before the store opens, so it holds
 * what login needs without the store: the store key wrapped once per user and once under the recovery
 * code, and the public id of that key. No secret is in it in clear. A backup carries it. Written whole
 * to a side file and moved into place, so a crash leaves the old or the new keyring, never half of one.
 */
public record Keyring(String format, String keyId, Map<String, KeyWrap.Wrapped> entries, boolean recoveryConfirmed) {

    public static final String FILE = "keyring.json";
    /** Since ADR 0099 (entries in lanes): a desk from before refuses the file instead of calling every password wrong. */
    public static final String FORMAT = "medaid-keyring/2";
    /** Entries of one lane only; read, and written as {@link #FORMAT} at the next change. */
    static final String FORMAT_1 = "medaid-keyring/1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).findAndRegisterModules();

    public Keyring {
        entries = new TreeMap<>(entries == null ? Map.of() : entries);
    }

    /** A keyring for a new key, without entries yet. */
    public static Keyring forKey(StoreKey key) {
        return new Keyring(FORMAT, key.id(), Map.of(), false);
    }

    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE));
    }

    /** The keyring of {@code folder}, or empty when it has none. */
    public static Optional<Keyring> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new KeyringException("the keyring " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static Keyring parse(byte[] json) throws IOException {
        Keyring k = JSON.readValue(json, Keyring.class);
        if (k == null || !(FORMAT.equals(k.format()) || FORMAT_1.equals(k.format())) || k.keyId() == null) {
            throw new IOException("not a medaid-desk keyring");
        }
        return k;
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(FORMAT.equals(format) ? this : new Keyring(FORMAT, keyId, entries, recoveryConfirmed));
        } catch (IOException e) {
            throw new IllegalStateException("a keyring always serialises", e);
        }
    }

    /** Writes the keyring into {@code folder} atomically, synced to disk before it replaces the old one. */
    public void write(Path folder) {
        writeAtomically(folder.resolve(FILE), toJson());
    }

    /** Writes {@code bytes} to a side file, synced, then moves it over {@code file} in one step. */
    static void writeAtomically(Path file, byte[] bytes) {
        Path folder = file.toAbsolutePath().getParent();
        Path part = folder.resolve(file.getFileName() + ".part");
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
                out.write(bytes);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new KeyringException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The same keyring with {@code name}'s entry set (a new user, a new password, a new recovery code). */
    public Keyring withEntry(String name, KeyWrap.Wrapped wrapped) {
        Keyring k = copy();
        k.entries.put(name, wrapped);
        return k;
    }

    /** Whether an administrator confirmed that the current recovery code is on paper. */
    public Keyring withRecoveryConfirmed(boolean confirmed) {
        return new Keyring(format, keyId, entries, confirmed);
    }

    public Keyring withoutEntry(String name) {
        Keyring k = copy();
        k.entries.remove(name);
        return k;
    }

    /** Whether any user (not only the recovery code) can open the store. */
    public boolean hasUsers() {
        return entries.keySet().stream().anyMatch(n -> !RecoveryCode.ENTRY.equals(n));
    }

    private Keyring copy() {
        return new Keyring(format, keyId, entries, recoveryConfirmed);
    }
}
