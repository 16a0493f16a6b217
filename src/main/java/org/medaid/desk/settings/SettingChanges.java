package org.medaid.desk.settings;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.session.DutyException;
import org.medaid.session.Session;
import org.medaid.users.Administration;

/**
 * How a change of the desk's settings is made (ADR 0034): only through {@link Administration#changeSetting},
 * on the worker, with the logged-in session; a user without the 系统管理员 role is refused with the rule's
 * sentence and nothing is kept.
 */
@FunctionalInterface
public interface SettingChanges {

    /** Runs {@code change} when the session may change settings, then {@code done}; else {@code refused} gets the sentence. */
    void apply(Runnable change, Runnable done, Consumer<String> refused);

    /** Changes checked by {@code admin} for the session {@code session} gives at the time of the change. */
    static SettingChanges through(Administration admin, Supplier<Session> session, TaskExecutor executor, Locale locale) {
        return (change, done, refused) -> executor.submit(BackgroundTask.run("change setting",
                () -> admin.changeSetting(session.get(), change))
                .onSuccess(v -> done.run())
                .onFailure(e -> refused.accept(e instanceof DutyException d ? d.message(locale) : String.valueOf(e.getMessage()))));
    }
}
