package org.medaid.desk.approval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Session;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.ledger.LedgerFlags;
import org.medaid.ledger.LedgerRow;
import org.medaid.model.Money;
import org.medaid.store.PersonRecord;
import org.medaid.workflow.ApplicationRequest;
import org.medaid.workflow.AssistanceApplication;
import org.medaid.workflow.WorkflowException;
import org.medaid.workflow.WorkflowService;

/**
 * 申请救助 from the year ledger: which bills the application covers (the chosen one ticked, and any other of
 * the year that goes by application), the date it was received, the amount asked (what the bills still
 * leave the person by default), the household's income, the bank account, a note. The workflow refuses a
 * bill already in another application and anything else out of order, with its message.
 */
public final class ApplyViewModel {

    /** One bill that can be part of the application. */
    public static final class BillChoice {
        final LedgerRow row;
        final BooleanProperty chosen = new SimpleBooleanProperty();

        BillChoice(LedgerRow row, boolean chosen) {
            this.row = row;
            this.chosen.set(chosen);
        }

        public LedgerRow row() {
            return row;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }
    }

    private final WorkflowService workflow;
    private final TaskExecutor executor;
    private final Texts text;
    private final Session session;
    private final PersonRecord person;
    private final LocalDate today;
    private final ObservableList<BillChoice> bills = FXCollections.observableArrayList(c -> new javafx.beans.Observable[] {c.chosen});
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty amount = new SimpleStringProperty("");
    final StringProperty income = new SimpleStringProperty("");
    final StringProperty account = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    private final ScreenStatus status = new ScreenStatus();
    private final StringBinding selfPay;
    private final StringBinding problem;
    private final BooleanBinding canApply;
    private boolean amountTouched;
    private Consumer<AssistanceApplication> onApplied = a -> { };
    private Runnable onCancelled = () -> { };

    public ApplyViewModel(WorkflowService workflow, TaskExecutor executor, Texts text, Session session,
            PersonRecord person, List<LedgerRow> yearRows, long chosenBillId, LocalDate today) {
        this.workflow = workflow;
        this.executor = executor;
        this.text = text;
        this.session = session;
        this.person = person;
        this.today = today;
        for (LedgerRow r : yearRows) {
            if (r.computed()) {
                boolean byApplication = r.result().flags().stream().anyMatch(f -> LedgerFlags.BY_APPLICATION.contains(f.code()));
                bills.add(new BillChoice(r, r.billId() == chosenBillId || byApplication));
            }
        }
        date.set(Formats.date(today));
        account.set(person.bankAccount() == null ? "" : person.bankAccount());
        selfPay = Bindings.createStringBinding(() -> MoneyText.format(chosenSelfPay()), bills);
        amount.set(selfPay.get());
        amount.addListener((o, a, b) -> amountTouched = !b.equals(selfPay.get()));
        selfPay.addListener((o, a, b) -> {
            if (!amountTouched) {
                amount.set(b);
            }
        });
        problem = Bindings.createStringBinding(this::problem, bills, date, amount, income);
        canApply = Bindings.createBooleanBinding(() -> problem.get() == null && !status.isBusy(), problem, status.busyProperty());
        date.addListener((o, a, b) -> status.clear());
    }

    private BigDecimal chosenSelfPay() {
        return bills.stream().filter(c -> c.chosen.get()).map(c -> c.row.result().selfPay()).reduce(Money.ZERO, BigDecimal::add);
    }

    private String problem() {
        if (bills.stream().noneMatch(c -> c.chosen.get())) {
            return text.get("apply.error.bills");
        }
        Optional<LocalDate> d = Formats.parseDate(date.get());
        if (d.isEmpty()) {
            return text.get("step.error.date");
        }
        if (d.get().isAfter(today)) {
            return text.format("step.error.future", Formats.date(d.get()));
        }
        Optional<BigDecimal> v = MoneyText.parse(amount.get());
        if (v.isEmpty() || v.get().signum() <= 0 || v.get().stripTrailingZeros().scale() > 2) {
            return text.get("step.error.amount");
        }
        if (MoneyText.invalid(income.get())) {
            return text.get("apply.error.income");
        }
        return null;
    }

    /** Makes the application; one transaction. */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        List<Long> ids = bills.stream().filter(c -> c.chosen.get()).map(c -> c.row.billId()).toList();
        ApplicationRequest r = new ApplicationRequest(person.id(), ids, Formats.parseDate(date.get()).orElseThrow(),
                MoneyText.parse(amount.get()).orElseThrow(), MoneyText.parse(income.get()).orElse(null),
                account.get().isBlank() ? null : account.get().strip(), note.get().isBlank() ? null : note.get().strip());
        var user = session.current();
        status.clear();
        status.submit(executor, BackgroundTask.of("apply", t -> workflow.apply(r, user))
                .onSuccess(a -> onApplied.accept(a))
                .onFailure(e -> status.refuse(e instanceof WorkflowException w ? w.message(text.locale())
                        : text.format("approval.error.step", e.getMessage()))));
    }

    public ObservableList<BillChoice> bills() {
        return bills;
    }

    public PersonRecord person() {
        return person;
    }

    public StringBinding selfPayBinding() {
        return selfPay;
    }

    public StringBinding problemBinding() {
        return problem;
    }

    public BooleanBinding canApplyBinding() {
        return canApply;
    }

    /** The refusal of the last try (a banner) and the busy mark. */
    public ScreenStatus status() {
        return status;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public Texts text() {
        return text;
    }

    Consumer<AssistanceApplication> onApplied() {
        return onApplied;
    }

    /** The clerk closed the dialog without an application (取消, Esc). */
    public void setOnCancelled(Runnable action) {
        this.onCancelled = action;
    }

    void cancelled() {
        onCancelled.run();
    }

    public void setOnApplied(Consumer<AssistanceApplication> action) {
        this.onApplied = action;
    }
}
