package org.medaid.desk.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.bills.BillRejectedException;
import org.medaid.bills.BillStore;
import org.medaid.bills.StoredBill;
import org.medaid.calc.TrackStatus;
import org.medaid.desk.common.ChangeText;
import org.medaid.desk.common.ScreenStatus;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Session;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.ledger.BillChange;
import org.medaid.ledger.LedgerDiff;
import org.medaid.ledger.LedgerFlags;
import org.medaid.ledger.LedgerRow;
import org.medaid.ledger.LedgerService;
import org.medaid.ledger.YearLedgerView;
import org.medaid.store.PersonRecord;
import org.medaid.store.StaleRecordException;

/**
 * The person's year ledger (年度台账): every bill of the year in settlement order with what each
 * tier paid and the running totals, what is left of each deductible and cap, the premium subsidy; voided
 * bills listed. After a correction or a void the year is read again and compared with what was on screen,
 * so the clerk sees which later bills changed and by how much.
 */
public final class LedgerViewModel {

    private final LedgerService ledger;
    private final BillStore bills;
    private final TaskExecutor executor;
    private final Texts text;
    private final Session session;
    private final TrackNames names;
    private final ObjectProperty<PersonRecord> person = new SimpleObjectProperty<>();
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObjectProperty<YearLedgerView> view = new SimpleObjectProperty<>();
    private final ObservableList<LedgerItem> items = FXCollections.observableArrayList();
    private final ObservableList<TrackItem> tracks = FXCollections.observableArrayList();
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final ObjectProperty<LedgerItem> selected = new SimpleObjectProperty<>();
    private final ScreenStatus status = new ScreenStatus();
    private final BooleanBinding canChange;
    private final BooleanBinding canPrint;
    private long generation;
    private LedgerSettlements settlements;

    public LedgerViewModel(LedgerService ledger, BillStore bills, TaskExecutor executor, Texts text, Session session) {
        this.ledger = ledger;
        this.bills = bills;
        this.executor = executor;
        this.text = text;
        this.session = session;
        this.names = new TrackNames(text.locale());
        canChange = Bindings.createBooleanBinding(() -> !status.isBusy() && selected.get() != null && !selected.get().voided(),
                status.busyProperty(), selected);
        canPrint = Bindings.createBooleanBinding(() -> !status.isBusy() && selected.get() != null && selected.get().computed(),
                status.busyProperty(), selected);
        year.addListener((o, a, b) -> {
            if (person.get() != null && b.intValue() > 0) {
                reload(null, null);
            }
        });
    }

    /** Shows {@code p}'s ledger of {@code y}. */
    public void open(PersonRecord p, int y) {
        person.set(p);
        changes.clear();
        status.clear();
        if (year.get() == y) {
            reload(null, null);
        } else {
            year.set(y);
        }
    }

    /** Reads the year again (after a new bill): {@code focus} is selected. */
    public void refresh(Long focus) {
        reload(null, focus);
    }

    /**
     * After a correction or new bill of {@code saved}: the year of its settlement is shown, and what changed
     * against the ledger that was on screen is listed and highlighted.
     */
    public void saved(StoredBill saved, YearLedgerView before) {
        int y = saved.settlementDate().getYear();
        if (y != year.get()) {
            year.set(y);
            return;
        }
        reload(before, saved.id());
    }

    private void reload(YearLedgerView before, Long focus) {
        PersonRecord p = person.get();
        int y = year.get();
        long gen = ++generation;
        status.clearRefusal();
        LedgerSettlements s = settlements;
        String user = session.login();
        status.submit(executor, BackgroundTask.of("ledger", t -> new Loaded(s == null ? null : s.read(p.id(), user), ledger.year(p.id(), y)))
                .onSuccess(l -> {
                    if (gen == generation) {
                        if (s != null) {
                            s.show(l.settled());
                            String m = s.message(l.settled());
                            if (!m.isEmpty()) {
                                status.say(m);
                            }
                        }
                        show(l.view(), before == null ? null : LedgerService.diff(before, l.view()), focus);
                    }
                })
                .onFailure(e -> status.refuse(text.format("ledger.error.load", e.getMessage()))));
    }

    private record Loaded(LedgerSettlements.Read settled, YearLedgerView view) {
    }

    /** Frozen settlements: the marks column, reconciliation on every read, 标记已结算 (ADR 0031). */
    public void setSettlements(LedgerSettlements settlements) {
        this.settlements = settlements;
    }

    public LedgerSettlements settlements() {
        return settlements;
    }

    /** 标记已结算: the selected bill's settlement is issued without a slip; the year is read again. */
    public void markSettled() {
        LedgerItem item = selected.get();
        if (item == null || !item.computed() || settlements == null) {
            return;
        }
        String clerk = session.current().displayName();
        String user = session.login();
        status.submit(executor, BackgroundTask.of("mark settled", t -> {
            settlements.markSettled(item.billId(), clerk, user);
            return item.billId();
        }).onSuccess(id -> {
            status.say(text.format("ledger.settlement.marked", item.number()));
            reload(null, id);
        }).onFailure(e -> status.refuse(e instanceof org.medaid.settlement.SettlementException se ? se.message(text.locale())
                : text.format("ledger.error.load", e.getMessage()))));
    }

    private void show(YearLedgerView v, LedgerDiff diff, Long focus) {
        view.set(v);
        List<LedgerItem> out = new ArrayList<>();
        int n = 0;
        LedgerItem toSelect = null;
        Long keep = focus != null ? focus : selected.get() == null ? null : selected.get().billId();
        for (LedgerRow r : v.rows()) {
            // the bill just saved is selected; the marks are for the other bills it moved
            BillChange c = diff == null || (focus != null && r.billId() == focus) ? null : diff.change(r.billId()).orElse(null);
            LedgerItem item = new LedgerItem(++n, r, c);
            out.add(item);
            if (keep != null && r.billId() == keep) {
                toSelect = item;
            }
        }
        if (toSelect == null && !out.isEmpty()) {
            // the latest bill of the year: the one a clerk most often prints or corrects
            toSelect = out.get(out.size() - 1);
        }
        items.setAll(out);
        selected.set(toSelect);
        List<TrackItem> t = new ArrayList<>();
        for (TrackStatus s : v.tracks()) {
            t.add(new TrackItem(names.track(s), names.group(s.group()), s.base(), s.deductible(), s.deductibleLeft(),
                    s.paid(), s.cap(), s.capLeft()));
        }
        tracks.setAll(t);
        if (diff != null) {
            changes.setAll(ChangeText.lines(diff, v, null, focus == null ? -1 : focus, text));
        }
    }

    /** What voiding the selected bill would change in the later bills (asked before the clerk confirms). */
    public void previewVoid(Consumer<List<String>> answer) {
        LedgerItem item = selected.get();
        if (item == null) {
            return;
        }
        YearLedgerView v = view.get();
        executor.submit(BackgroundTask.of("preview void", t -> ledger.previewVoid(item.billId()))
                .onSuccess(d -> answer.accept(ChangeText.lines(d, v, v, item.billId(), text)))
                .onFailure(e -> status.refuse(text.format("ledger.error.load", e.getMessage()))));
    }

    /** Voids the selected bill with the clerk's reason, then shows what changed in the later bills. */
    public void voidSelected(String reason) {
        LedgerItem item = selected.get();
        if (item == null || item.voided()) {
            return;
        }
        YearLedgerView before = view.get();
        var user = session.current();
        status.clearRefusal();
        status.submit(executor, BackgroundTask.of("void bill", t -> bills.voidBill(item.billId(), item.bill().version(), reason, user))
                .onSuccess(b -> {
                    status.say(text.format("ledger.voided", item.number(), b.bill().hospitalName()));
                    reload(before, b.id());
                })
                .onFailure(e -> status.refuse(e instanceof BillRejectedException r ? r.message(text.locale())
                        : e instanceof StaleRecordException ? text.get("ledger.error.stale")
                        : text.format("ledger.error.void", e.getMessage()))));
    }

    /** The selected bill goes by application (依申请): the ledger offers 申请救助. */
    public boolean selectedNeedsApplication() {
        LedgerItem item = selected.get();
        return item != null && item.computed()
                && item.row().result().flags().stream().anyMatch(f -> LedgerFlags.BY_APPLICATION.contains(f.code()));
    }

    public ObjectProperty<PersonRecord> personProperty() {
        return person;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObjectProperty<YearLedgerView> viewProperty() {
        return view;
    }

    public ObservableList<LedgerItem> items() {
        return items;
    }

    public ObservableList<TrackItem> tracks() {
        return tracks;
    }

    /** What the last correction or void changed in the other bills, one sentence each. */
    public ObservableList<String> changes() {
        return changes;
    }

    public ObjectProperty<LedgerItem> selectedProperty() {
        return selected;
    }

    /** The screen's sentence (news in the toolbar, a refusal as a banner) and busy mark. */
    public ScreenStatus status() {
        return status;
    }

    /** A bill is selected that may be corrected or voided. */
    public BooleanBinding canChangeBinding() {
        return canChange;
    }

    /** A computed bill is selected: its slip can be printed, an application made from it. */
    public BooleanBinding canPrintBinding() {
        return canPrint;
    }

    public Texts text() {
        return text;
    }
}
