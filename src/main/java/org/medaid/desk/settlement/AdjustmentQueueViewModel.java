package org.medaid.desk.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.desk.preview.PrintJob;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Session;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.settlement.Adjustment;
import org.medaid.settlement.Reconciler;
import org.medaid.settlement.SettlementException;
import org.medaid.store.StaleRecordException;

/**
 * The 结算调整 queue (ADR 0031): every issued settlement is checked against what its bill computes to now,
 * the adjustments waiting for the clerk are listed first, then the confirmed ones; the clerk confirms one
 * (it gets its number) and prints its 结算调整单.
 */
public final class AdjustmentQueueViewModel {

    private final DeskServices work;
    private final SettlementDesk desk;
    private final TaskExecutor executor;
    private final Texts text;
    private final Session session;
    private final PrintSettings settings;
    private final ReasonText words;
    private final ObservableList<AdjustmentItem> items = FXCollections.observableArrayList();
    private final ObservableList<String> detail = FXCollections.observableArrayList();
    private final ObjectProperty<AdjustmentItem> selected = new SimpleObjectProperty<>();
    private final ScreenStatus status = new ScreenStatus();
    private final BooleanBinding canConfirm;
    private final BooleanBinding canPrint;
    private Consumer<PrintJob> onPrint = j -> { };

    public AdjustmentQueueViewModel(DeskServices work, SettlementDesk desk, TaskExecutor executor, Texts text,
            Session session, PrintSettings settings) {
        this.work = work;
        this.desk = desk;
        this.executor = executor;
        this.text = text;
        this.session = session;
        this.settings = settings;
        this.words = new ReasonText(text);
        canConfirm = Bindings.createBooleanBinding(() -> !status.isBusy() && selected.get() != null && selected.get().pending(),
                status.busyProperty(), selected);
        canPrint = Bindings.createBooleanBinding(() -> !status.isBusy() && selected.get() != null && !selected.get().pending(),
                status.busyProperty(), selected);
        selected.addListener((o, a, b) -> detail.setAll(b == null ? List.of() : lines(b.adjustment())));
    }

    private record Loaded(Reconciler.Outcome outcome, List<AdjustmentItem> items) {
    }

    /** Checks every issued settlement, then lists the queue; {@code focus} (an adjustment id, or null) is selected. */
    public void refresh(Long focus) {
        String user = session.login();
        status.submit(executor, BackgroundTask.of("adjustments", t -> {
            Reconciler.Outcome o = desk.reconciler().reconcileAll(user);
            List<AdjustmentItem> out = new ArrayList<>();
            for (Adjustment a : desk.settlements().pending()) {
                out.add(item(a));
            }
            List<Adjustment> confirmed = new ArrayList<>(desk.settlements().confirmed());
            java.util.Collections.reverse(confirmed);
            confirmed.stream().limit(200).forEach(a -> out.add(item(a)));
            return new Loaded(o, out);
        }).onSuccess(l -> {
            items.setAll(l.items());
            AdjustmentItem pick = l.items().stream().filter(i -> focus != null && i.adjustment().id() == focus).findFirst()
                    .orElse(l.items().isEmpty() ? null : l.items().get(0));
            selected.set(pick);
            long waiting = l.items().stream().filter(AdjustmentItem::pending).count();
            if (focus == null) {
                status.say(text.format("adjust.waiting", waiting));
            }
        }).onFailure(e -> status.refuse(text.format("adjust.error", e.getMessage()))));
    }

    private AdjustmentItem item(Adjustment a) {
        String name = desk.settlements().forBill(a.billId()).map(s -> s.slip().person().name()).orElse("");
        return new AdjustmentItem(a, name);
    }

    /** The clerk confirms the selected adjustment: it gets its number, and its slip can be printed. */
    public void confirm() {
        AdjustmentItem item = selected.get();
        if (item == null || !item.pending()) {
            return;
        }
        String user = session.login();
        status.submit(executor, BackgroundTask.of("confirm adjustment", t -> desk.settlements().confirm(item.adjustment().id(),
                item.adjustment().version(), user)).onSuccess(a -> {
                    status.say(text.format("adjust.confirmed", a.number(), a.settlementNumber()));
                    refresh(a.id());
                }).onFailure(e -> status.refuse(e instanceof SettlementException s ? s.message(text.locale())
                        : e instanceof StaleRecordException ? text.get("adjust.stale") : text.format("adjust.error", e.getMessage()))));
    }

    /** 打印调整单 of the selected confirmed adjustment: the preview opens. */
    public void print() {
        AdjustmentItem item = selected.get();
        if (item != null && !item.pending()) {
            onPrint.accept(AdjustmentJobs.slip(work, desk, session, settings, item.adjustment()));
        }
    }

    List<String> lines(Adjustment a) {
        List<String> out = new ArrayList<>(words.changes(a));
        out.add(words.total(a));
        words.reasons(a).forEach(r -> out.add(text.format("adjust.because", r)));
        return out;
    }

    String summary(Adjustment a) {
        return words.total(a);
    }

    String reasons(Adjustment a) {
        return String.join("；", words.reasons(a));
    }

    public void setOnPrint(Consumer<PrintJob> action) {
        this.onPrint = action;
    }

    public ObservableList<AdjustmentItem> items() {
        return items;
    }

    public ObservableList<String> detail() {
        return detail;
    }

    public ObjectProperty<AdjustmentItem> selectedProperty() {
        return selected;
    }

    /** The queue's sentence (waiting, confirmed, or why not) and busy mark. */
    public ScreenStatus status() {
        return status;
    }

    public BooleanBinding canConfirmBinding() {
        return canConfirm;
    }

    public BooleanBinding canPrintBinding() {
        return canPrint;
    }

    public Texts text() {
        return text;
    }
}
