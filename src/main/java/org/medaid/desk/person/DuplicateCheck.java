package org.medaid.desk.person;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.identity.IdCheck;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;

/**
 * Looks a complete, valid ID number up as soon as it is typed, so the clerk learns of a duplicate before
 * pressing Save (the store refuses it again on save). A late answer for an older number is dropped.
 */
final class DuplicateCheck {

    private final PersonStore people;
    private final TaskExecutor executor;
    private final ObjectProperty<PersonRecord> duplicate;
    private final Consumer<PersonRecord> found;
    private long generation;

    DuplicateCheck(PersonStore people, TaskExecutor executor, ObjectProperty<PersonRecord> duplicate,
            Consumer<PersonRecord> found) {
        this.people = people;
        this.executor = executor;
        this.duplicate = duplicate;
        this.found = found;
    }

    /** {@code selfId}: the person being edited (0 for a new one), who may hold their own number. */
    void check(IdCheck id, long selfId) {
        long gen = ++generation;
        if (!id.valid()) {
            if (duplicate.get() != null) {
                found.accept(null);
            }
            return;
        }
        String number = id.normalized();
        executor.submit(BackgroundTask.of("duplicate check", p -> people.byIdNumber(number))
                .onSuccess(existing -> {
                    if (gen == generation) {
                        found.accept(existing.filter(e -> e.id() != selfId && !e.voided()).orElse(null));
                    }
                }));
    }
}
