package org.medaid.desk.bills;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.bills.BillDraft;
import org.medaid.bills.BillProblem;
import org.medaid.model.Money;
import org.medaid.bills.BillRejectedException;
import org.medaid.bills.BillStore;
import org.medaid.bills.StoredBill;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.Session;
import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.desk.task.TaskHandle;
import org.medaid.ledger.LedgerService;
import org.medaid.ledger.Preview;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.PersonRecord;
import org.medaid.store.StaleRecordException;

/**
 * Bill entry (费用录入): the form, the three tiers computed live as the clerk types (debounced,
 * on the executor, by {@link LedgerService#preview}), a message per bad field, and Save only while the
 * bill as typed is consistent. A correction of a stored bill uses the same form and shows what it
 * changes in the later bills of the year. One save is one transaction; nothing is saved half-way.
 */
public final class BillEntryViewModel {

    /** How long typing must pause before the bill is computed again. */
    static final Duration DEBOUNCE = Duration.ofMillis(250);

    private final BillStore bills;
    private final PolicyRegistry policies;
    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final Texts text;
    private final Session session;
    private final BillFormViewModel form = new BillFormViewModel();
    private final ObjectProperty<PersonRecord> person = new SimpleObjectProperty<>();
    private final ObjectProperty<StoredBill> editing = new SimpleObjectProperty<>();
    private final Map<String, StringProperty> fieldErrors = new HashMap<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Preview> preview = new SimpleObjectProperty<>();
    private final BillPreviewViewModel panel;
    private final BooleanProperty fresh = new SimpleBooleanProperty();
    private final BooleanProperty computing = new SimpleBooleanProperty();
    /** Saving, and why a save was refused. */
    private final ScreenStatus status = new ScreenStatus();
    private final BooleanProperty localProblems = new SimpleBooleanProperty();
    private final BooleanBinding canSave;
    private final StringBinding compliantText;
    private final StringBinding statusText;
    private long generation;
    private boolean loading;
    private boolean saveRequested;
    private TaskHandle pending = TaskHandle.DONE;
    private org.medaid.chronic.BillFlags flags;
    private Consumer<StoredBill> onSaved = b -> { };
    private final ObservableList<EarlierStay> earlierStays = FXCollections.observableArrayList();
    private final BooleanBinding catalogueApplies;
    private final BooleanBinding supplementaryApplies;
    private final StringBinding supplementaryName;
    private final BooleanBinding referralApplies;
    private final BooleanBinding employee;

    public BillEntryViewModel(BillStore bills, LedgerService ledger, PolicyRegistry policies, TaskExecutor executor,
            Texts text, Session session) {
        this.bills = bills;
        this.policies = policies;
        this.ledger = ledger;
        this.executor = executor;
        this.text = text;
        this.session = session;
        this.panel = new BillPreviewViewModel(text);
        for (String f : BillFormViewModel.FIELDS) {
            fieldErrors.put(f, new SimpleStringProperty());
        }
        canSave = Bindings.createBooleanBinding(() -> fresh.get() && !computing.get() && !status.isBusy()
                && !localProblems.get() && preview.get() != null && preview.get().canSave(), fresh, computing, status.busyProperty(),
                localProblems, preview);
        for (var o : form.all()) {
            o.addListener(x -> changed());
        }
        compliantText = Bindings.createStringBinding(this::compliant, form.all());
        statusText = Bindings.createStringBinding(this::statusLine, computing, preview, fresh, person);
        // the inputs of POLICY-NOTES §7 and §8 show where the bill's policy has the rule (or a value is already typed,
        // so that the clerk sees the refusal next to it)
        catalogueApplies = Bindings.createBooleanBinding(() -> form.outOfCatalogApproved.get() || policy()
                .map(p -> p.extras().catalogueShare() != null && form.kind.get() != null
                        && p.extras().catalogueShare().kinds().contains(form.kind.get())).orElse(false), form.all());
        supplementaryApplies = Bindings.createBooleanBinding(() -> !form.amount(BillFormViewModel.SUPPLEMENTARY).get().isBlank()
                || policy().map(p -> p.extras().supplementary() != null).orElse(false), form.all());
        supplementaryName = Bindings.createStringBinding(() -> policy().map(p -> p.extras().supplementary())
                .map(r -> text.format("bill.supplementary.which", r.name(), r.source())).orElse(""), form.all());
        referralApplies = Bindings.createBooleanBinding(() -> form.referredFrom.get() != null
                || form.referred.get() && form.kind.get() == org.medaid.model.BillKind.INPATIENT
                && policy().map(p -> p.extras().referralSource() != null).orElse(false), form.all());
        employee = Bindings.createBooleanBinding(() -> person.get() != null
                && person.get().insurance() == org.medaid.model.Insurance.EMPLOYEE, person);
    }

    /** The policy of the bill as typed: the person's region on the settlement date, if both are known. */
    private java.util.Optional<Policy> policy() {
        PersonRecord p = person.get();
        java.util.Optional<java.time.LocalDate> out = org.medaid.desk.common.Formats.parseDate(form.discharged.get())
                .or(() -> org.medaid.desk.common.Formats.parseDate(form.admitted.get()));
        if (p == null || out.isEmpty()) {
            return java.util.Optional.empty();
        }
        return policies.find(p.region(), out.get());
    }

    private String compliant() {
        java.util.Optional<java.math.BigDecimal> total = MoneyText.parse(form.amount(BillFormViewModel.TOTAL).get());
        if (total.isEmpty()) {
            return "";
        }
        java.math.BigDecimal c = total.get();
        for (String part : List.of(BillFormViewModel.OUT_OF_CATALOG, BillFormViewModel.CLASS_B, BillFormViewModel.OVER_LIMIT)) {
            String typed = form.amount(part).get();
            if (MoneyText.invalid(typed)) {
                return "";
            }
            c = c.subtract(MoneyText.parse(typed).orElse(java.math.BigDecimal.ZERO));
        }
        if (c.signum() < 0) {
            // parts above the total: the validator's refusal, never a negative compliant cost
            return BillProblem.of(BillProblem.Code.PARTS_EXCEED_TOTAL, BillFormViewModel.TOTAL,
                    Money.format(total.get().subtract(c)), Money.format(total.get())).message(text.locale());
        }
        return MoneyText.format(c);
    }

    private String statusLine() {
        if (person.get() == null) {
            return "";
        }
        Preview p = preview.get();
        if (computing.get() || !fresh.get()) {
            return text.get("bill.status.computing");
        }
        if (p == null || !p.computed()) {
            return text.get("bill.status.incomplete");
        }
        String id = p.draft().result().policy();
        return text.format("bill.status.computed", policies.byId(id).map(Policy::name).orElse(id));
    }

    /** An empty form for a new bill of {@code p}. */
    public void startNew(PersonRecord p) {
        start(p, null);
        loading = true;
        form.clear();
        loading = false;
        changed();
    }

    /** The form filled with stored bill {@code b} of {@code p}, to be corrected. */
    public void startCorrection(PersonRecord p, StoredBill b) {
        start(p, b);
        loading = true;
        form.fill(b.bill());
        loading = false;
        changed();
    }

    private void start(PersonRecord p, StoredBill b) {
        person.set(p);
        editing.set(b);
        status.clear();
        saveRequested = false;
    }

    /** Any field changed: the last computation is stale; a new one runs once the typing pauses. */
    private void changed() {
        if (loading || person.get() == null) {
            return;
        }
        generation++;
        fresh.set(false);
        saveRequested = false;
        status.clear();
        if (!form.parse(person.get().id(), text).problems().isEmpty()) {
            // what is typed is not an amount or a date: the figures beside it no longer belong to the bill
            panel.clear();
        }
        pending.cancel();
        pending = executor.schedule(DEBOUNCE, this::compute);
    }

    /** Computes the bill as typed now (the debounce calls it; so does Enter while a computation is due). */
    public void compute() {
        pending.cancel();
        PersonRecord p = person.get();
        if (p == null) {
            return;
        }
        long gen = generation;
        BillFormViewModel.Parsed parsed = form.parse(p.id(), text);
        StoredBill old = editing.get();
        computing.set(true);
        executor.submit(BackgroundTask.of("preview bill", t -> new Computed(old == null ? ledger.preview(p.id(), parsed.draft())
                : ledger.previewCorrection(old.id(), parsed.draft()), stays(p.id(), parsed.draft(), old),
                flags(p.id(), parsed.draft())))
                .onSuccess(result -> {
                    if (gen == generation) {
                        showStays(result.stays());
                        show(parsed, result.preview(), result.flags());
                    }
                })
                .onFailure(e -> {
                    if (gen == generation) {
                        problems.setAll(text.format("bill.error.compute", e.getMessage()));
                        preview.set(null);
                        panel.clear();
                    }
                })
                .onFinally(() -> {
                    if (gen == generation) {
                        computing.set(false);
                        fresh.set(true);
                        if (saveRequested) {
                            saveRequested = false;
                            save();
                        }
                    }
                }));
    }

    private record Computed(Preview preview, List<EarlierStay> stays, List<String> flags) {
    }

    /**
     * The 参保台账 and 门诊慢特病 flags of the bill as typed (ADR 0050, 0068), shown among the notes; none when not set.
     */
    public void setFlags(org.medaid.chronic.BillFlags flags) {
        this.flags = flags;
    }

    private List<String> flags(long personId, BillDraft d) {
        return flags == null || d == null ? List.of() : flags.of(personId, d, text.locale());
    }

    /**
     * The person's other inpatient stays of the admission's year, newest first: the stays a referred stay may continue
     * (邵医保发〔2021〕32号 四(十二); the validator checks the one chosen ended on the admission day or the day before).
     */
    private List<EarlierStay> stays(long personId, BillDraft d, StoredBill editing) {
        java.time.LocalDate in = d.admitted() != null ? d.admitted() : d.settlementDate();
        if (in == null) {
            return List.of();
        }
        List<EarlierStay> out = new ArrayList<>();
        for (StoredBill b : bills.forPersonAndYear(personId, in.getYear())) {
            BillDraft x = b.bill();
            if (b.voided() || x.kind() != org.medaid.model.BillKind.INPATIENT || editing != null && b.id() == editing.id()) {
                continue;
            }
            out.add(new EarlierStay(b.id(), text.format("bill.referredFrom.choice",
                    org.medaid.desk.common.Formats.date(x.admitted()), org.medaid.desk.common.Formats.date(x.discharged()),
                    x.hospitalName() == null ? "" : x.hospitalName(), MoneyText.format(x.total()))));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private void showStays(List<EarlierStay> stays) {
        if (!stays.equals(earlierStays)) {
            earlierStays.setAll(stays);
        }
    }

    private void show(BillFormViewModel.Parsed parsed, Preview result, List<String> flagged) {
        Map<String, String> byField = new HashMap<>(parsed.problems());
        List<String> general = new ArrayList<>();
        for (BillProblem pr : result.problems()) {
            String msg = pr.message(text.locale());
            if (pr.field() != null && fieldErrors.containsKey(pr.field())) {
                // A field that is not a number already says so; "missing" would only repeat it.
                byField.putIfAbsent(pr.field(), msg);
            } else {
                general.add(msg);
            }
        }
        for (String f : BillFormViewModel.FIELDS) {
            fieldErrors.get(f).set(byField.get(f));
        }
        problems.setAll(general);
        localProblems.set(!parsed.problems().isEmpty());
        preview.set(result);
        StoredBill old = editing.get();
        if (parsed.problems().isEmpty()) {
            panel.show(result, old == null ? LedgerService.NEW_BILL : old.id(), flagged);
        } else {
            // an amount or date that is not one: nothing computed from the rest is shown
            panel.clear();
        }
    }

    /** Enter: saves at once when the bill is consistent, or as soon as the due computation says it is. */
    public void saveWhenReady() {
        if (canSave.get()) {
            save();
        } else if (!fresh.get() || computing.get()) {
            saveRequested = true;
            if (!computing.get()) {
                compute();
            }
        }
    }

    /** Saves the new bill or the correction: one transaction, refused whole with the store's reasons. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        BillDraft draft = form.parse(person.get().id(), text).draft();
        StoredBill old = editing.get();
        var user = session.current();
        status.clear();
        status.submit(executor, BackgroundTask.of("save bill", t -> old == null ? bills.add(draft, user)
                : bills.correct(old.id(), old.version(), draft, user))
                .onSuccess(saved -> onSaved.accept(saved))
                .onFailure(this::saveFailed));
    }

    private void saveFailed(Throwable e) {
        if (e instanceof BillRejectedException r) {
            status.refuse(r.message(text.locale()));
        } else if (e instanceof StaleRecordException) {
            status.refuse(text.get("bill.error.stale"));
        } else {
            status.refuse(text.format("bill.error.save", e.getMessage()));
        }
    }

    /** 政策范围内费用 as typed: total − 目录外 − 乙类先自付 − 超限价, blank until the total is a number. */
    public StringBinding compliantText() {
        return compliantText;
    }

    /** One line over the tiers: computing, what is missing, or which policy computed them. */
    public StringBinding statusText() {
        return statusText;
    }

    BillFormViewModel form() {
        return form;
    }

    public StringProperty fieldError(String field) {
        return fieldErrors.get(field);
    }

    /** Problems of the whole bill (no policy on the date, parts exceed the total are by field) in words. */
    public ObservableList<String> problems() {
        return problems;
    }

    public BillPreviewViewModel panel() {
        return panel;
    }

    public ObjectProperty<Preview> previewProperty() {
        return preview;
    }

    public ObjectProperty<PersonRecord> personProperty() {
        return person;
    }

    public ObjectProperty<StoredBill> editingProperty() {
        return editing;
    }

    public BooleanProperty computingProperty() {
        return computing;
    }

    /** Busy while saving; the store's refusal of the last save. */
    public ScreenStatus status() {
        return status;
    }

    /** True once the computation shown is of the form as it stands. */
    public BooleanProperty freshProperty() {
        return fresh;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    public Texts text() {
        return text;
    }

    /** The stays the 转出住院票据 choice offers (the form's year, not this bill). */
    public ObservableList<EarlierStay> earlierStays() {
        return earlierStays;
    }

    /** 广西 三(五) applies to the bill as typed: the special-case approval box shows. */
    public BooleanBinding catalogueAppliesBinding() {
        return catalogueApplies;
    }

    /** The bill's policy deducts a supplementary insurance before assistance (POLICY-NOTES §7.4). */
    public BooleanBinding supplementaryAppliesBinding() {
        return supplementaryApplies;
    }

    /** Which supplementary insurance the policy names, and where. */
    public StringBinding supplementaryNameBinding() {
        return supplementaryName;
    }

    /** A referred stay under a policy whose deductible continues (邵医保发〔2021〕32号 四(十二)). */
    public BooleanBinding referralAppliesBinding() {
        return referralApplies;
    }

    /** The person is insured as an employee: the settled basic (and critical illness) are required (POLICY-NOTES §7.2). */
    public BooleanBinding employeeBinding() {
        return employee;
    }

    public void setOnSaved(Consumer<StoredBill> action) {
        this.onSaved = action;
    }
}
