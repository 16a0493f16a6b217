package org.medaid.desk.person;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.medaid.desk.common.Banner;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.store.CategoryRecord;
import org.medaid.store.PersonStore;
import org.medaid.store.StaleRecordException;

/**
 * Adding, ending (退出: an end date, history kept) and voiding (作废, with a reason) a person's identity
 * categories. For a person not yet enrolled the table changes and the first save stores it; for a stored
 * person each action is its own audited transaction. A category is never deleted.
 */
public final class CategoryActions {

    private final PersonViewModel form;
    private final PersonStore people;
    private final TaskExecutor executor;
    private final Texts texts;
    private final Supplier<org.medaid.session.Session> operator;
    private final org.medaid.importer.HeldEdits held;

    CategoryActions(PersonViewModel form, PersonStore people, TaskExecutor executor, Texts texts, Supplier<org.medaid.session.Session> operator,
            org.medaid.importer.HeldEdits held) {
        this.held = held;
        this.form = form;
        this.people = people;
        this.executor = executor;
        this.texts = texts;
        this.operator = operator;
    }

    public CategoryDialogViewModel newDraft() {
        return new CategoryDialogViewModel(texts, form.today(), form.fields().idCheck.get().birthDate());
    }

    public void add(CategoryDialogViewModel draft) {
        if (!draft.validBinding().get()) {
            return;
        }
        if (form.isNew()) {
            form.categories().add(new CategoryItem(draft.toRecord(0), true));
            form.categoriesChanged(null);
            return;
        }
        long personId = form.storedProperty().get().id();
        CategoryRecord record = draft.toRecord(personId);
        holdOr(() -> held.holdAdd(record, operator.get()),
                () -> run("add category", () -> people.addCategory(record, operator.get()), personId, "category.added"));
    }

    /** The message to show when {@code to} cannot end the item, else null. */
    public String endProblem(CategoryItem item, LocalDate to) {
        if (to == null) {
            return texts.get("category.error.to");
        }
        return to.isBefore(item.record().from()) ? texts.get("category.error.toBeforeFrom") : null;
    }

    public void end(CategoryItem item, LocalDate to) {
        if (!item.canEnd() || endProblem(item, to) != null) {
            return;
        }
        if (item.pending()) {
            form.categories().set(form.categories().indexOf(item), item.endedOn(to));
            form.categoriesChanged(null);
            return;
        }
        CategoryRecord r = item.record();
        holdOr(() -> held.holdEnd(r.id(), to, operator.get()),
                () -> run("end category", () -> people.endCategory(r.id(), r.version(), to, operator.get()), r.personId(),
                        "category.ended"));
    }

    /**
     * Voids a stored category with the clerk's reason. A pending one was never stored: it simply leaves the
     * table, as nothing has been entered into the record yet.
     */
    public void voidCategory(CategoryItem item, String reason) {
        if (!item.canVoid() || reason == null || reason.isBlank()) {
            return;
        }
        if (item.pending()) {
            form.categories().remove(item);
            form.categoriesChanged(null);
            return;
        }
        CategoryRecord r = item.record();
        run("void category", () -> people.voidCategory(r.id(), r.version(), reason.strip(), operator.get()), r.personId(),
                "category.voided");
    }

    /**
     * Holds the edit until the next monthly list where the person's policy says so (临医保发〔2022〕13号 六
     * 「当月其他时间不再对帮扶对象进行变更」, ADR 0051): the same path as the import's, applied with the next list or by
     * an administrator's override. Elsewhere {@code applyNow} runs.
     */
    private void holdOr(Runnable holdIt, Runnable applyNow) {
        String region = form.storedProperty().get() == null ? null : form.storedProperty().get().region();
        if (held == null || region == null) {
            applyNow.run();
            return;
        }
        form.status().submit(executor, BackgroundTask.of("held category edit", p -> {
            String clause = held.heldUnder(region);
            if (clause == null) {
                return null;
            }
            holdIt.run();
            return clause;
        }).onSuccess(clause -> {
            if (clause == null) {
                applyNow.run();
                return;
            }
            form.bannerProperty().set(Banner.of(Banner.Kind.WARNING, texts.format("category.held", clause)));
        }).onFailure(e -> form.bannerProperty().set(Banner.of(Banner.Kind.ERROR, texts.format("person.saveFailed", e.getMessage())))));
    }

    private void run(String name, Runnable change, long personId, String doneKey) {
        form.status().submit(executor, BackgroundTask.of(name, p -> {
            change.run();
            return people.categories(personId);
        }).onSuccess(reloaded -> {
            form.categoriesChanged(reloaded);
            form.bannerProperty().set(Banner.of(Banner.Kind.SUCCESS, texts.get(doneKey)));
        }).onFailure(e -> {
            if (e instanceof StaleRecordException) {
                form.bannerProperty().set(Banner.of(Banner.Kind.WARNING, texts.get("category.stale")));
                form.load(personId);
            } else {
                form.bannerProperty().set(Banner.of(Banner.Kind.ERROR, texts.format("person.saveFailed", e.getMessage())));
            }
        }));
    }
}
