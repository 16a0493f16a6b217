package org.medaid.desk.backup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the desk again the way it was started (the app image's launcher, or {@code java ... -jar}), for
 * a restore that takes effect at the next start. The new desk waits for this one to close the store.
 */
public final class Restart {

    /** Set in the new desk's environment: it may wait for the old one to let go of the data folder. */
    public static final String ENV = "MEDAID_RESTARTED";

    private Restart() {
    }

    /** True when a new desk was started; false when this system does not say how we were started. */
    public static boolean relaunch() {
        Optional<List<String>> command = command();
        if (command.isEmpty()) {
            return false;
        }
        ProcessBuilder b = new ProcessBuilder(command.get()).inheritIO();
        b.environment().put(ENV, "1");
        try {
            b.start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The command line of this process, when it is known and complete. */
    static Optional<List<String>> command() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        if (info.command().isEmpty()) {
            return Optional.empty();
        }
        String exe = info.command().get();
        String[] args = info.arguments().orElse(new String[0]);
        boolean plainJava = exe.replace('\\', '/').matches(".*/javaw?(\\.exe)?$");
        if (plainJava && args.length == 0) {
            // Windows gives no arguments: `java` alone would not find the desk again.
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        out.add(exe);
        out.addAll(List.of(args));
        return Optional.of(out);
    }
}
