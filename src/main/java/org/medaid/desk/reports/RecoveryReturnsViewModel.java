package org.medaid.desk.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.session.Session;
import org.medaid.workflow.Recoveries;
import org.medaid.workflow.RecoveryAccount;
import org.medaid.workflow.RecoveryReturn;

/**
 * 追回登记 under 公示异议 (ADR 0077): the recoveries of the chosen paid case, the money returned against the chosen one
 * (day, amount, receipt or voucher number), the void of a mistaken return with its reason, and the county's closing of
 * the review with its reason. Each act is one transaction of {@link Recoveries}; its sentence goes to the screen's
 * message line through {@link Say}.
 */
public final class RecoveryReturnsViewModel {

    /** Where the sentence of an act goes (the objections screen's message line) and whether it is a refusal. */
    @FunctionalInterface
    public interface Say {
        void say(String sentence, boolean error);
    }

    private final Recoveries recoveries;
    private final TaskExecutor executor;
    private final Texts text;
    private final Supplier<Session> session;
    private final Supplier<LocalDate> today;
    private final Say say;
    private final Runnable changed;
    private final ObservableList<RecoveryAccount> accounts = FXCollections.observableArrayList();
    private final ObservableList<RecoveryReturn> returns = FXCollections.observableArrayList();
    private final ObjectProperty<RecoveryAccount> selectedAccount = new SimpleObjectProperty<>();
    private final ObjectProperty<RecoveryReturn> selectedReturn = new SimpleObjectProperty<>();
    final StringProperty returnedOn = new SimpleStringProperty("");
    final StringProperty amount = new SimpleStringProperty("");
    final StringProperty voucher = new SimpleStringProperty("");
    final StringProperty reason = new SimpleStringProperty("");

    public RecoveryReturnsViewModel(Recoveries recoveries, TaskExecutor executor, Texts text, Supplier<Session> session,
            Supplier<LocalDate> today, Say say, Runnable changed) {
        this.recoveries = recoveries;
        this.executor = executor;
        this.text = text;
        this.session = session;
        this.today = today;
        this.say = say;
        this.changed = changed;
        returnedOn.set(Formats.date(today.get()));
        selectedAccount.addListener((o, a, b) -> returns.setAll(b == null ? List.of() : b.returns()));
    }

    /** Shows the recoveries of the chosen case (none: the section is empty), keeping the chosen recovery. */
    public void show(List<RecoveryAccount> of) {
        RecoveryAccount keep = selectedAccount.get();
        accounts.setAll(of);
        selectedAccount.set(of.stream().filter(a -> keep != null && a.recovery().id() == keep.recovery().id()).findFirst()
                .orElse(of.isEmpty() ? null : of.get(0)));
        returns.setAll(selectedAccount.get() == null ? List.of() : selectedAccount.get().returns());
    }

    public void recordReturn() {
        RecoveryAccount a = selectedAccount.get();
        if (a == null) {
            say.say(text.get("returns.chooseRecovery"), true);
            return;
        }
        Optional<LocalDate> on = Formats.parseDate(returnedOn.get());
        if (on.isEmpty()) {
            say.say(text.get("objection.badDate"), true);
            return;
        }
        BigDecimal money;
        try {
            money = amount.get() == null || amount.get().isBlank() ? null : new BigDecimal(amount.get().strip());
        } catch (NumberFormatException e) {
            say.say(text.get("returns.badAmount"), true);
            return;
        }
        String v = voucher.get();
        act("record return", () -> recoveries.recordReturn(a.recovery().id(), on.get(), money, v, session.get()), r -> {
            amount.set("");
            voucher.set("");
            return r.closed() ? text.format("returns.returnedAll", Formats.money(r.returned()))
                    : text.format("returns.returned", Formats.money(money), Formats.money(r.outstanding()));
        });
    }

    public void voidReturn() {
        RecoveryReturn r = selectedReturn.get();
        if (r == null) {
            say.say(text.get("returns.chooseReturn"), true);
            return;
        }
        String why = reason.get();
        act("void return", () -> recoveries.voidReturn(r.id(), why, session.get()), a -> {
            reason.set("");
            return text.format("returns.voided", Formats.money(r.amount()), Formats.money(a.outstanding()));
        });
    }

    public void close() {
        RecoveryAccount a = selectedAccount.get();
        if (a == null) {
            say.say(text.get("returns.chooseRecovery"), true);
            return;
        }
        String why = reason.get();
        act("close recovery", () -> recoveries.close(a.recovery().id(), why, today.get(), session.get()), r -> {
            reason.set("");
            return text.format("returns.closed", Formats.money(r.outstanding()));
        });
    }

    private void act(String name, Supplier<RecoveryAccount> work, java.util.function.Function<RecoveryAccount, String> done) {
        executor.submit(BackgroundTask.of(name, t -> work.get()).onSuccess(r -> {
            say.say(done.apply(r), false);
            selectedAccount.set(r);
            changed.run();
        }).onFailure(e -> say.say(ObjectionsViewModel.sentence(text, e), true)));
    }

    public String state(RecoveryAccount a) {
        if (a.fullyReturned()) {
            return text.format("returns.state.returned", Formats.date(a.closedOn()));
        }
        return a.closure() != null ? text.format("returns.state.closed", Formats.date(a.closedOn()), a.closure().reason(),
                a.closure().closedBy()) : text.get("returns.state.open");
    }

    public String voidText(RecoveryReturn r) {
        return r.voided() ? text.format("returns.voidedBy", r.voidReason(), r.voidedBy()) : text.get("returns.counts");
    }

    public ObservableList<RecoveryAccount> accounts() {
        return accounts;
    }

    public ObservableList<RecoveryReturn> returns() {
        return returns;
    }

    public ObjectProperty<RecoveryAccount> selectedAccountProperty() {
        return selectedAccount;
    }

    public ObjectProperty<RecoveryReturn> selectedReturnProperty() {
        return selectedReturn;
    }

    public Texts text() {
        return text;
    }
}
