package org.medaid.desk.person;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.store.Dependents;
import org.medaid.store.DuplicateIdNumberException;
import org.medaid.store.InvalidIdNumberException;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;
import org.medaid.store.StaleRecordException;

/**
 * The 更正 dialog's model (ADR 0032): the corrected name and ID number, the reason (required), and what
 * depends on the record, read before the clerk confirms. The correction is one transaction with an audit row.
 */
public final class IdentityCorrectionViewModel {

    private final PersonViewModel person;
    private final PersonStore people;
    private final TaskExecutor executor;
    private final Texts texts;
    private final Supplier<org.medaid.session.Session> operator;
    private final PersonRecord stored;
    final StringProperty name = new SimpleStringProperty();
    final StringProperty idNumber = new SimpleStringProperty();
    final StringProperty reason = new SimpleStringProperty("");
    final StringProperty dependents = new SimpleStringProperty("");
    private final BooleanBinding valid;

    IdentityCorrectionViewModel(PersonViewModel person, PersonStore people, TaskExecutor executor, Texts texts,
            Supplier<org.medaid.session.Session> operator) {
        this.person = person;
        this.people = people;
        this.executor = executor;
        this.texts = texts;
        this.operator = operator;
        this.stored = person.storedProperty().get();
        name.set(stored.name());
        idNumber.set(stored.idNumber());
        valid = Bindings.createBooleanBinding(() -> !reason.get().isBlank() && reason.get().strip().length() <= 200
                && !name.get().isBlank() && idNumber.get().strip().length() == 18
                && !(name.get().strip().equals(stored.name()) && idNumber.get().strip().equalsIgnoreCase(stored.idNumber())),
                name, idNumber, reason);
    }

    /** Reads what hangs on the record, for the confirmation. */
    public void loadDependents() {
        executor.submit(BackgroundTask.of("dependents", t -> people.dependents(stored.id()))
                .onSuccess(d -> dependents.set(words(d))));
    }

    String words(Dependents d) {
        return d.none() ? texts.get("person.correct.noDependents")
                : texts.format("person.correct.dependents", d.bills(), d.applications(), d.openApplications(), d.settlements());
    }

    /** What the confirmation asks: the old and the new identity. */
    String summary() {
        return texts.format("person.correct.summary", stored.name(), stored.idNumber(), name.get().strip(),
                idNumber.get().strip().toUpperCase(java.util.Locale.ROOT), dependents.get());
    }

    /** Corrects in the background; the person form shows the corrected record. */
    public void correct() {
        if (!valid.get()) {
            return;
        }
        String n = name.get().strip();
        String id = idNumber.get().strip();
        String why = reason.get().strip();
        var user = operator.get();
        executor.submit(BackgroundTask.of("correct identity", t -> people.correctIdentity(stored.id(), stored.version(), n, id,
                why, user)).onSuccess(person::corrected).onFailure(e -> person.bannerProperty().set(
                        org.medaid.desk.common.Banner.of(org.medaid.desk.common.Banner.Kind.ERROR, message(e)))));
    }

    private String message(Throwable e) {
        if (e instanceof InvalidIdNumberException i) {
            return i.problem().message(texts.locale());
        }
        if (e instanceof DuplicateIdNumberException) {
            return texts.get("person.correct.duplicate");
        }
        if (e instanceof StaleRecordException) {
            return texts.get("person.stale");
        }
        return texts.format("person.saveFailed", e.getMessage());
    }

    public BooleanBinding validBinding() {
        return valid;
    }

    public Texts texts() {
        return texts;
    }
}
