package org.medaid.app;

import org.medaid.logging.Masking;
import org.slf4j.LoggerFactory;

/** Starts the JavaFX desk; kept apart so the command-line verbs never load JavaFX classes. */
final class DeskStarter {

    private DeskStarter() {
    }

    static int start(String[] args) {
        try {
            Class<?> app = Class.forName("org.medaid.desk.DeskApplication");
            app.getMethod("launchDesk", String[].class).invoke(null, (Object) args);
            return 0;
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LoggerFactory.getLogger(DeskStarter.class).error("the desk could not start", cause);
            System.err.println("the desk could not start: " + Masking.mask(String.valueOf(cause)));
            return 1;
        }
    }
}
