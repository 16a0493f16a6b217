package org.medaid.app;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A desk that cannot start says so where the clerk can see it (ADR 0079). On a terminal the one line on stderr
 * is enough; a packaged Windows desk has no console (the launcher is a window program), so the same failure
 * would only reach the log file: there a small dialog in the system's look says it, Chinese then English, with
 * the log's location, before the process exits. The reason is one line, already masked by the caller.
 */
final class StartFailure {

    private static final String BUNDLE = "org.medaid.app.start-failure";

    private StartFailure() {
    }

    /**
     * Whether the failure needs a dialog: on Windows, when no console is attached (the packaged desk's
     * launcher) and a display can be used. Elsewhere a start from the menu without a terminal still writes the
     * log, and a Linux desk's missing library makes any window impossible.
     */
    static boolean needsDialog(String osName, boolean consoleAttached, boolean headless) {
        return String.valueOf(osName).toLowerCase(Locale.ROOT).startsWith("windows") && !consoleAttached && !headless;
    }

    /** The dialog's text: the Chinese sentences, then the English ones, each naming the log file. */
    static String message(String reason, Optional<Path> logFile) {
        return paragraph(bundle(Locale.ROOT), reason, logFile) + "\n\n" + paragraph(bundle(Locale.ENGLISH), reason, logFile);
    }

    /** The dialog's title, both languages. */
    static String title() {
        return bundle(Locale.ROOT).getString("title") + " / " + bundle(Locale.ENGLISH).getString("title");
    }

    /**
     * Shows the dialog when {@link #needsDialog} says so, and returns when the clerk closed it. A dialog that
     * cannot be shown (no display after all) is given up silently: stderr and the log already hold the failure.
     */
    static void showIfNoConsole(String reason, Optional<Path> logFile) {
        if (!needsDialog(System.getProperty("os.name"), System.console() != null, java.awt.GraphicsEnvironment.isHeadless())) {
            return;
        }
        try {
            javax.swing.UIManager.setLookAndFeel(javax.swing.UIManager.getSystemLookAndFeelClassName());
            javax.swing.JOptionPane.showMessageDialog(null, message(reason, logFile), title(),
                    javax.swing.JOptionPane.ERROR_MESSAGE);
        } catch (Exception | Error e) {
            // no dialog possible: the failure is on stderr and in the log
        }
    }

    private static String paragraph(ResourceBundle text, String reason, Optional<Path> logFile) {
        String log = logFile.map(f -> MessageFormat.format(text.getString("log"), f.toString()))
                .orElseGet(() -> text.getString("noLog"));
        return MessageFormat.format(text.getString("failed"), reason) + "\n" + log + "\n" + text.getString("help");
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
