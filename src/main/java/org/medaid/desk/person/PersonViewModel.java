package org.medaid.desk.person;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.desk.common.Banner;
import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.identity.RegionCodes;
import org.medaid.model.CategorySpan;
import org.medaid.store.CategoryRecord;
import org.medaid.store.DuplicateIdNumberException;
import org.medaid.store.IdentityChangeException;
import org.medaid.store.InvalidIdNumberException;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;
import org.medaid.store.StaleRecordException;

/**
 * The person form (enrol and edit): fields and their checks, the identity categories, the policy summary,
 * and saving. A new person's categories wait in the table until the first save enrols all in one
 * transaction; a stored person's category changes are saved one action at a time. Nothing is deleted.
 */
public final class PersonViewModel {

    /** What one background load brings back. */
    record Loaded(PersonRecord person, List<CategoryRecord> categories, String headLabel,
            List<org.medaid.importer.HeldEdit> held) {
    }

    private final PersonStore people;
    private final TaskExecutor executor;
    private final Texts texts;
    private final Supplier<LocalDate> today;
    private final Supplier<org.medaid.session.Session> operator;
    private org.medaid.importer.HeldEdits heldEdits;
    /** The banner saying the opened person's held edits, so that opening another person takes it away. */
    private Banner heldBanner;
    private final PolicySummaries summaries;
    private final PersonFieldsViewModel fields;
    private final ObservableList<CategoryItem> categories = FXCollections.observableArrayList();
    private final ObjectProperty<PersonRecord> stored = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonRecord> duplicate = new SimpleObjectProperty<>();
    private final ObjectProperty<Banner> banner = new SimpleObjectProperty<>();
    private final ObjectProperty<PolicySummary> summary = new SimpleObjectProperty<>();
    private final IntegerProperty premiumYear = new SimpleIntegerProperty();
    /** Busy while the person is read or saved; the sentences are the {@link #bannerProperty banner}'s. */
    private final ScreenStatus status = new ScreenStatus();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanBinding canSave;
    private final DuplicateCheck duplicateCheck;
    private long summaryGeneration;
    private Consumer<PersonRecord> onSaved = p -> { };
    private Consumer<Long> onOpenPerson = id -> { };

    public PersonViewModel(PersonStore people, PolicySummaries summaries, RegionCodes regions, TaskExecutor executor,
            Texts texts, Supplier<LocalDate> today, Supplier<org.medaid.session.Session> operator) {
        this.people = people;
        this.summaries = summaries;
        this.executor = executor;
        this.texts = texts;
        this.today = today;
        this.operator = operator;
        this.fields = new PersonFieldsViewModel(new PersonChecks(texts, regions, summaries::covers), regions, texts,
                today);
        this.duplicateCheck = new DuplicateCheck(people, executor, duplicate, this::showDuplicate);
        premiumYear.set(today.get().getYear());
        canSave = Bindings.createBooleanBinding(() -> fields.valid.get() && !status.isBusy() && duplicate.get() == null
                && (stored.get() == null || dirty.get()), fields.valid, status.busyProperty(), duplicate, stored, dirty);
        for (var v : fields.all()) {
            v.addListener((o, a, b) -> dirty.set(true));
        }
        fields.idCheck.addListener((o, a, b) -> {
            duplicateCheck.check(b, stored.get() == null ? 0 : stored.get().id());
            refreshSummary();
        });
        fields.insurance.addListener((o, a, b) -> refreshSummary());
        fields.regionCode.addListener((o, a, b) -> refreshSummary());
        premiumYear.addListener((o, a, b) -> refreshSummary());
    }

    /** An empty form for enrolling someone. */
    public void startNew() {
        stored.set(null);
        fields.fill(new PersonRecord(0, 0, "", "", null, null, null, "", "", null, Relation.SELF.stored(), "", "",
                org.medaid.model.Insurance.RESIDENT, today.get().getYear(), false), null);
        categories.clear();
        banner.set(null);
        duplicate.set(null);
        dirty.set(false);
        refreshSummary();
    }

    /** Loads a stored person in the background. */
    public void load(long personId) {
        status.submit(executor, BackgroundTask.of("load person", p -> read(personId))
                .onSuccess(this::show)
                .onFailure(e -> banner.set(Banner.of(Banner.Kind.ERROR, texts.format("error.store", e.getMessage())))));
    }

    private Loaded read(long personId) {
        PersonRecord p = people.byId(personId).orElseThrow(() -> new IllegalStateException("person " + personId + " is not stored"));
        String head = p.householdHeadId() == null ? null : people.byId(p.householdHeadId()).map(PersonViewModel::label).orElse(null);
        List<org.medaid.importer.HeldEdit> held = heldEdits == null ? List.of() : heldEdits.held(personId).stream()
                .filter(e -> e.state() == org.medaid.importer.HeldEdit.State.HELD).toList();
        return new Loaded(p, people.categories(personId), head, held);
    }

    static String label(PersonRecord p) {
        return p.name() + "（" + p.idNumber() + "）";
    }

    private void show(Loaded loaded) {
        stored.set(loaded.person());
        fields.fill(loaded.person(), loaded.headLabel());
        categories.setAll(loaded.categories().stream().map(c -> new CategoryItem(c, false)).toList());
        duplicate.set(null);
        dirty.set(false);
        if (!loaded.held().isEmpty()) {
            heldBanner = Banner.of(Banner.Kind.WARNING, heldText(loaded.held()));
            banner.set(heldBanner);
        } else if (heldBanner != null && banner.get() == heldBanner) {
            banner.set(null); // another person opened: the last one's held edits are not this one's
        }
        refreshSummary();
    }

    /**
     * The person's category edits still held for the month's list (临医保发〔2022〕13号 六, ADR 0051), said when
     * the person is opened, so that a clerk who comes back does not enter them again.
     */
    private String heldText(List<org.medaid.importer.HeldEdit> held) {
        List<String> parts = held.stream().map(e -> e.kind() == org.medaid.importer.HeldEdit.Kind.ADD
                ? texts.format("person.held.add", texts.label(e.code()), e.from())
                : texts.format("person.held.end", texts.label(e.code()), e.to())).toList();
        return texts.format("person.held", held.size(), String.join("；", parts));
    }

    /** Enrols the new person with their categories, or saves the changed fields; one transaction. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        PersonRecord current = stored.get();
        PersonRecord record = fields.toRecord(current == null ? 0 : current.id(), current == null ? 0 : current.version());
        List<CategoryRecord> pending = categories.stream().filter(CategoryItem::pending).map(CategoryItem::record).toList();
        var user = operator.get();
        String regionReason = fields.regionChanged.get() ? fields.regionReason.get().strip() : null;
        banner.set(null);
        status.submit(executor, BackgroundTask.of("save person", p -> {
            PersonRecord saved = current == null ? people.enrol(record, pending, user)
                    : people.update(record, regionReason, user);
            return read(saved.id());
        }).onSuccess(loaded -> {
            show(loaded);
            banner.set(Banner.of(Banner.Kind.SUCCESS, texts.format(current == null ? "person.enrolled" : "person.saved",
                    loaded.person().name())));
            onSaved.accept(loaded.person());
        }).onFailure(this::saveFailed));
    }

    private void saveFailed(Throwable e) {
        if (e instanceof DuplicateIdNumberException d) {
            executor.submit(BackgroundTask.of("read duplicate", p -> people.byId(d.existingPersonId()))
                    .onSuccess(found -> found.ifPresent(this::showDuplicate)));
        } else if (e instanceof StaleRecordException && stored.get() != null) {
            banner.set(Banner.of(Banner.Kind.WARNING, texts.get("person.stale")));
            load(stored.get().id());
        } else if (e instanceof IdentityChangeException) {
            banner.set(Banner.of(Banner.Kind.ERROR, texts.get("person.identityLocked")));
        } else if (e instanceof InvalidIdNumberException i) {
            banner.set(Banner.of(Banner.Kind.ERROR, i.problem().message(texts.locale())));
        } else {
            banner.set(Banner.of(Banner.Kind.ERROR, texts.format("person.saveFailed", e.getMessage())));
        }
    }

    private void showDuplicate(PersonRecord existing) {
        duplicate.set(existing);
        if (existing == null) {
            if (banner.get() != null && banner.get().hasAction()) {
                banner.set(null);
            }
            return;
        }
        banner.set(new Banner(Banner.Kind.ERROR, texts.format("person.duplicate", existing.idNumber(), existing.name()),
                texts.format("person.duplicate.open", existing.name()), () -> onOpenPerson.accept(existing.id())));
    }

    /** Recomputes the policy panel in the background; an older answer arriving late is dropped. */
    void refreshSummary() {
        long gen = ++summaryGeneration;
        String region = fields.region();
        var insurance = fields.insurance.get();
        List<CategorySpan> spans = categories.stream().filter(c -> !c.record().voided()).map(c -> c.record().span()).toList();
        LocalDate day = today.get();
        int year = premiumYear.get();
        executor.submit(BackgroundTask.of("policy summary", p -> summaries.of(region, insurance, spans, day, year))
                .onSuccess(s -> {
                    if (gen == summaryGeneration) {
                        summary.set(s);
                    }
                }));
    }

    /** 更正 of the stored person's name and ID number (ADR 0032): the dialog's model. */
    public IdentityCorrectionViewModel correction() {
        return new IdentityCorrectionViewModel(this, people, executor, texts, operator);
    }

    /** The stored person was corrected: shown again as stored, with the banner. */
    void corrected(PersonRecord p) {
        executor.submit(BackgroundTask.of("reload person", t -> read(p.id())).onSuccess(loaded -> {
            show(loaded);
            banner.set(Banner.of(Banner.Kind.SUCCESS, texts.format("person.corrected", loaded.person().name())));
            onSaved.accept(loaded.person());
        }));
    }

    public CategoryActions categoryActions() {
        return new CategoryActions(this, people, executor, texts, operator, heldEdits);
    }

    /**
     * Where the policy says categories change only with the monthly lists (临医保发〔2022〕13号 六), the category edits
     * of a stored person are held until the next list (ADR 0051); without it they apply at once.
     */
    public void setHeldEdits(org.medaid.importer.HeldEdits heldEdits) {
        this.heldEdits = heldEdits;
    }

    void categoriesChanged(List<CategoryRecord> reloaded) {
        if (reloaded != null) {
            categories.setAll(reloaded.stream().map(c -> new CategoryItem(c, false)).toList());
        } else {
            dirty.set(true);
        }
        refreshSummary();
    }

    public PersonFieldsViewModel fields() {
        return fields;
    }

    public ObservableList<CategoryItem> categories() {
        return categories;
    }

    public ObjectProperty<PersonRecord> storedProperty() {
        return stored;
    }

    public boolean isNew() {
        return stored.get() == null;
    }

    public ObjectProperty<Banner> bannerProperty() {
        return banner;
    }

    public ObjectProperty<PolicySummary> summaryProperty() {
        return summary;
    }

    public IntegerProperty premiumYearProperty() {
        return premiumYear;
    }

    public ScreenStatus status() {
        return status;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    public ObjectProperty<PersonRecord> duplicateProperty() {
        return duplicate;
    }

    public LocalDate today() {
        return today.get();
    }

    public Texts texts() {
        return texts;
    }

    public void setOnSaved(Consumer<PersonRecord> action) {
        this.onSaved = action;
    }

    /** The duplicate banner's link: open the person who already holds the ID number. */
    public void setOnOpenPerson(Consumer<Long> action) {
        this.onOpenPerson = action;
    }
}
