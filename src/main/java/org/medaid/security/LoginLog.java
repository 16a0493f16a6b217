package org.medaid.security;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Login attempts of a data folder kept outside the store ({@value #FILE}, ADR 0033), because they happen
 * before it opens: the consecutive wrong passwords per login name (the delay survives a restart) and the
 * attempts not yet written to the store's audit trail, flushed there at the next successful login.
 * Holds login names and times only. A backup does not carry it.
 */
public record LoginLog(Map<String, Failures> failures, List<Attempt> pending) {

    public static final String FILE = "logins.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public LoginLog {
        failures = new TreeMap<>(failures == null ? Map.of() : failures);
        pending = new ArrayList<>(pending == null ? List.of() : pending);
    }

    /** The log of {@code folder}; an unreadable one counts as empty rather than locking everybody out. */
    public static LoginLog read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new LoginLog(Map.of(), List.of());
        }
        try {
            LoginLog log = JSON.readValue(Files.readAllBytes(file), LoginLog.class);
            return log == null ? new LoginLog(Map.of(), List.of()) : log;
        } catch (IOException e) {
            return new LoginLog(Map.of(), List.of());
        }
    }

    public void write(Path folder) {
        try {
            Keyring.writeAtomically(folder.resolve(FILE), JSON.writeValueAsBytes(this));
        } catch (IOException e) {
            throw new KeyringException("cannot write " + folder.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The login's reading and writing of this file run once in memory, nothing written (the login warm-up while the
     * clerk types, ADR 0099): the log of {@code folder} is read, an attempt added and the result serialised.
     */
    static void warmUp(Path folder) {
        try {
            JSON.writeValueAsBytes(read(folder).after("", null, new Attempt("", 0, true)));
        } catch (IOException e) {
            // only a head start: the login reads and writes the file where it always did
        }
    }

    /** After an attempt: the name's count (null clears it) and the attempt queued for the audit trail. */
    public LoginLog after(String login, Failures counts, Attempt attempt) {
        LoginLog next = new LoginLog(failures, pending);
        if (counts == null) {
            next.failures.remove(login);
        } else {
            next.failures.put(login, counts);
        }
        next.pending.add(attempt);
        return next;
    }

    /** Drops the first {@code count} queued attempts (those just written to the audit trail). */
    public static synchronized void clearPending(Path folder, int count) {
        LoginLog log = read(folder);
        List<Attempt> rest = log.pending.subList(Math.min(count, log.pending.size()), log.pending.size());
        new LoginLog(log.failures, rest).write(folder);
    }

    /** Consecutive wrong passwords for one login name, and when the last one was typed (epoch millis). */
    public record Failures(int count, long lastAtMillis) {
    }

    /** One login attempt made before the store was open. */
    public record Attempt(String login, long atMillis, boolean success) {
    }
}
