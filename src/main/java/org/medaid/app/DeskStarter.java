package org.medaid.app;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import org.medaid.logging.DeskLog;
import org.medaid.logging.Masking;
import org.slf4j.LoggerFactory;

/** Starts the JavaFX desk; kept apart so the command-line verbs never load JavaFX classes. */
final class DeskStarter {

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" whenever its
     * classes come from the class path, as they do from the desk's one jar ({@code java -jar}); the desk has
     * no modules of its own, and every start would print the warning. Kept here (a strong reference) so the
     * level holds.
     */
    private static final java.util.logging.Logger FX_PLATFORM =
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    private DeskStarter() {
    }

    static int start(String[] args) {
        Optional<SystemLibraries.Needed> missing = isLinux() && !Boolean.getBoolean("medaid.skipLibraryCheck")
                ? SystemLibraries.missing(SystemLibraries.linkerFolders(System.getenv("LD_LIBRARY_PATH")))
                : Optional.empty();
        if (missing.isPresent()) {
            String sentence = SystemLibraries.sentence(missing.get());
            LoggerFactory.getLogger(DeskStarter.class).error(sentence);
            System.err.println(sentence);
            return 2;
        }
        FX_PLATFORM.setLevel(Level.SEVERE);
        try {
            Class<?> app = Class.forName("org.medaid.desk.DeskApplication");
            app.getMethod("launchDesk", String[].class).invoke(null, (Object) args);
            return 0;
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (String.valueOf(cause.getMessage()).contains("Unable to load glass GTK library")) {
                String sentence = SystemLibraries.sentence(SystemLibraries.NEEDED.get(0));
                LoggerFactory.getLogger(DeskStarter.class).error(sentence, cause);
                System.err.println(sentence);
                return 2;
            }
            return cannotStart(cause);
        }
    }

    /**
     * A start that failed: the log gets the stack trace, a terminal one masked line, and a packaged Windows desk,
     * which has no console for that line to reach, a dialog (ADR 0079). Returns the exit code, 1.
     */
    static int cannotStart(Throwable cause) {
        LoggerFactory.getLogger(DeskStarter.class).error("the desk could not start", cause);
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // the innermost cause says what failed ("Exception in Application start method" says only where)
        String reason = Masking.mask(String.valueOf(root));
        System.err.println("the desk could not start: " + reason);
        StartFailure.showIfNoConsole(reason, DeskLog.folder().map(f -> f.resolve(DeskLog.FILE_NAME)));
        return 1;
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }
}
