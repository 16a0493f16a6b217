package org.medaid.desk.bills;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.medaid.desk.ledger.LedgerItem;
import org.medaid.desk.ledger.LedgerSettlements;
import org.medaid.desk.ledger.LedgerView;
import org.medaid.desk.ledger.LedgerViewModel;
import org.medaid.desk.preview.PreviewDialogView;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.preview.SlipJobs;
import org.medaid.desk.roster.RosterViewModel;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Session;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.settlement.AdjustmentQueueView;
import org.medaid.desk.settlement.AdjustmentQueueViewModel;
import org.medaid.desk.settlement.SettlementDesk;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.ledger.YearLedgerView;
import org.medaid.store.PersonRecord;

/**
 * The 费用 section: find the person, their year ledger, the bill form in its place for a new bill or a
 * correction, and the slip preview over it. Esc goes one page back (form → ledger → search).
 */
public final class BillsSection {

    private final DeskServices work;
    private final Session session;
    private final TaskExecutor executor;
    private final Texts text;
    private final PrintSettings printSettings;
    private final Consumer<String> status;
    private final StackPane host = new StackPane();
    private final RosterViewModel pickModel;
    private final PersonPickView pickView;
    private final LedgerViewModel ledgerModel;
    private final LedgerView ledgerView;
    private final BillEntryViewModel entryModel;
    private final BillEntryView entryView;
    private final AdjustmentQueueViewModel queueModel;
    private final AdjustmentQueueView queueView;
    private PersonRecord person;
    private YearLedgerView beforeEdit;
    private BiConsumer<PersonRecord, LedgerItem> onApply = (p, i) -> { };

    public BillsSection(DeskServices work, Session session, TaskExecutor executor, Texts text,
            PrintSettings printSettings, Consumer<String> status) {
        this.work = work;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.printSettings = printSettings;
        this.status = status;
        pickModel = new RosterViewModel(work.roster(), executor, work::today, 30);
        pickView = new PersonPickView(pickModel, text);
        pickModel.setOnOpen(r -> openPerson(r.personId()));
        ledgerModel = new LedgerViewModel(work.ledger(), work.bills(), executor, text, session);
        int year = work.today().getYear();
        List<Integer> years = IntStream.rangeClosed(year - 4, year).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
        ledgerView = new LedgerView(ledgerModel, years);
        entryModel = new BillEntryViewModel(work.bills(), work.ledger(), work.policies(), executor, text, session);
        entryModel.setFlags(work.billFlags());
        entryView = new BillEntryView(entryModel);
        ledgerView.setOnBack(this::showPick);
        ledgerView.setOnNew(this::newBill);
        ledgerView.setOnCorrect(this::correct);
        ledgerView.setOnPrint(this::printSlip);
        ledgerView.setOnApply(i -> onApply.accept(person, i));
        SettlementDesk settlements = SettlementDesk.over(work);
        ledgerModel.setSettlements(new LedgerSettlements(settlements,
                () -> printSettings.office().isBlank() && person != null ? person.township() : printSettings.office(), text));
        queueModel = new AdjustmentQueueViewModel(work, settlements, executor, text, session, printSettings);
        queueView = new AdjustmentQueueView(queueModel);
        queueModel.setOnPrint(job -> PreviewDialogView.show(owner(), job, work.printer(), executor, text, printSettings,
                () -> Platform.runLater(queueView::focusTable)));
        queueView.setOnBack(() -> {
            if (person == null) {
                showPick();
            } else {
                ledgerModel.refresh(null);
                showLedger();
            }
        });
        ledgerView.setOnAdjustments(this::showAdjustments);
        entryView.setOnClose(this::showLedger);
        entryModel.setOnSaved(b -> {
            status.accept(text.format("bill.saved", person.name(), b.settlementDate()));
            ledgerModel.status().say(text.get("bill.saved.hint"));
            ledgerModel.saved(b, beforeEdit);
            showLedger();
        });
        host.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && host.getChildren().contains(ledgerView.view())) {
                e.consume();
                showPick();
            }
        });
        host.getChildren().setAll(pickView.view());
        pickModel.searchNow();
    }

    /** Opens the year ledger of {@code personId} (this year). */
    public void openPerson(long personId) {
        executor.submit(BackgroundTask.of("load person", t -> work.people().byId(personId).orElseThrow())
                .onSuccess(p -> {
                    person = p;
                    pickView.setLast(p.name());
                    ledgerModel.open(p, work.today().getYear());
                    showLedger();
                }));
    }

    private void newBill() {
        beforeEdit = ledgerModel.viewProperty().get();
        entryModel.startNew(person);
        show(entryView.view(), entryView::focusFirst);
    }

    private void correct(LedgerItem item) {
        beforeEdit = ledgerModel.viewProperty().get();
        entryModel.startCorrection(person, item.bill());
        show(entryView.view(), entryView::focusFirst);
    }

    /** 结算调整: the queue of adjustments, checked again against every issued settlement. */
    public void showAdjustments() {
        show(queueView.view(), queueView::focusTable);
        queueModel.refresh(null);
    }

    private Window owner() {
        return host.getScene() == null ? null : host.getScene().getWindow();
    }

    private void printSlip(LedgerItem item) {
        PreviewDialogView.show(owner(), SlipJobs.slip(work, session, printSettings, person, item.row()), work.printer(), executor,
                text, printSettings, () -> Platform.runLater(ledgerView::focusTable));
    }

    private void showPick() {
        show(pickView.view(), pickView::focusSearch);
        pickModel.refresh();
    }

    /** The ledger's table gets the keyboard back (a dialog over it closed without a change). */
    public void focusLedger() {
        Platform.runLater(ledgerView::focusTable);
    }

    private void showLedger() {
        show(ledgerView.view(), ledgerView::focusTable);
    }

    /**
     * Puts {@code page} on screen and gives {@code focus} the keyboard. The focus is first parked on the
     * section itself: were it left on a control of the page that goes (the button the clerk pressed), the
     * scene would hand it on to its first control, the navigation.
     */
    private void show(Node page, Runnable focus) {
        host.requestFocus();
        host.getChildren().setAll(page);
        focus.run();
    }

    /** The section came on screen: the clerk types where the page expects it. */
    public void shown() {
        if (host.getChildren().contains(pickView.view())) {
            pickView.focusSearch();
        } else if (host.getChildren().contains(ledgerView.view())) {
            ledgerModel.refresh(ledgerModel.selectedProperty().get() == null ? null
                    : ledgerModel.selectedProperty().get().billId());
            ledgerView.focusTable();
        } else if (host.getChildren().contains(queueView.view())) {
            queueModel.refresh(null);
        }
    }

    public AdjustmentQueueViewModel adjustments() {
        return queueModel;
    }

    /** 申请救助 from the ledger: the approval screens make the application. */
    public void setOnApply(BiConsumer<PersonRecord, LedgerItem> action) {
        this.onApply = action;
    }

    public LedgerViewModel ledger() {
        return ledgerModel;
    }

    public BillEntryViewModel entry() {
        return entryModel;
    }

    public Node view() {
        return host;
    }
}
