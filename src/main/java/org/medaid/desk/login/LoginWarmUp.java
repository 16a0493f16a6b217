package org.medaid.desk.login;

import org.medaid.identity.RegionCodes;
import org.medaid.policy.WorkingCalendar;
import org.medaid.store.Database;

/**
 * While the clerk types the password (ADR 0079): the classes and bundled tables the login and the first page
 * need are loaded on a low-priority daemon thread, so that after Enter the worker unlocks and opens the store
 * instead of loading code. It touches no store: H2's engine is started on a throwaway in-memory database, the
 * region codes and the working calendar are read from the jar. A failure here changes nothing (the same work
 * happens again, when needed, where it always did).
 */
final class LoginWarmUp {

    private LoginWarmUp() {
    }

    static void start() {
        Thread t = new Thread(LoginWarmUp::run, "login warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        try {
            Database.warmUp();
            RegionCodes.bundled();
            WorkingCalendar.bundled();
        } catch (RuntimeException e) {
            // only a head start: the login and the services load the same where they need it
        }
    }
}
