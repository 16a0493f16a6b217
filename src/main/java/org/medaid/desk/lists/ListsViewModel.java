package org.medaid.desk.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.desk.common.Formats;
import org.medaid.desk.preview.PrintJob;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.ReportState;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Session;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.policy.Policy;
import org.medaid.workflow.NoticeList;
import org.medaid.workflow.NoticeRow;
import org.medaid.workflow.PayoutList;
import org.medaid.workflow.PayoutRow;
import org.medaid.workflow.WaitingCase;

/**
 * 报表: the quarter's public notice (公示名单, IDs masked), the payout list for the bank
 * (拨付名单) and the cases waiting at each stage, each shown on screen as it will print, with the few
 * words the paper needs (office, the clause it rests on, a phone for objections, the paying bank).
 */
public final class ListsViewModel {

    private final DeskServices work;
    private final TaskExecutor executor;
    private final Texts text;
    private final Session session;
    private final PrintSettings settings;
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final IntegerProperty quarter = new SimpleIntegerProperty();
    final StringProperty from = new SimpleStringProperty("");
    final StringProperty office = new SimpleStringProperty("");
    final StringProperty basis = new SimpleStringProperty("");
    final StringProperty contact = new SimpleStringProperty("");
    final StringProperty batch = new SimpleStringProperty("");
    final StringProperty payingBank = new SimpleStringProperty("");
    final StringProperty checkedBy = new SimpleStringProperty("");
    private final ObservableList<NoticeRow> notice = FXCollections.observableArrayList();
    private final ObservableList<PayoutRow> payout = FXCollections.observableArrayList();
    private final ObservableList<WaitingCase> waiting = FXCollections.observableArrayList();
    private final StringProperty noticeTotal = new SimpleStringProperty("");
    private final StringProperty payoutTotal = new SimpleStringProperty("");
    private final StringProperty payoutWarning = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ReportState state;
    private final BooleanBinding noticeReady;

    public ListsViewModel(DeskServices work, TaskExecutor executor, Texts text, Session session, PrintSettings settings) {
        this.work = work;
        this.executor = executor;
        this.text = text;
        this.session = session;
        this.settings = settings;
        this.state = new ReportState(executor, text, () -> blank(office.get()), work::today);
        LocalDate today = work.today();
        year.set(today.getYear());
        quarter.set((today.getMonthValue() - 1) / 3 + 1);
        from.set(Formats.date(work.workingDays().onOrAfter(today)));
        office.set(settings.office());
        contact.set(settings.contact());
        batch.set(Formats.date(today));
        year.addListener((o, a, b) -> loadNotice());
        quarter.addListener((o, a, b) -> loadNotice());
        noticeReady = Bindings.createBooleanBinding(() -> Formats.parseDate(from.get()).isPresent() && !state.busyProperty().get(), from,
                state.busyProperty());
    }

    /** Reads all three lists. */
    public void load() {
        loadNotice();
        state.run("payout and waiting", t -> new Object[] {work.queries().payoutList(),
                work.queries().waiting().values().stream().flatMap(List::stream).toList()}, r -> {
                    PayoutList p = (PayoutList) r[0];
                    payout.setAll(p.rows());
                    payoutTotal.set(text.format("lists.total", p.rows().size(), MoneyText.format(p.total())));
                    payoutWarning.set(p.missingAccounts() == 0 ? "" : text.format("lists.payout.missing", p.missingAccounts()));
                    @SuppressWarnings("unchecked")
                    List<WaitingCase> w = (List<WaitingCase>) r[1];
                    waiting.setAll(w);
                }, e -> error.set(text.format("lists.error", e.getMessage())));
    }

    private record Notice(NoticeList list, String basis, String township) {
    }

    private void loadNotice() {
        int y = year.get();
        int q = quarter.get();
        executor.submit(BackgroundTask.of("notice list", t -> {
            NoticeList list = work.queries().noticeList(y, q);
            String clause = null;
            String township = null;
            if (!list.rows().isEmpty()) {
                var a = work.workflow().byId(list.rows().get(0).applicationId()).orElseThrow();
                var person = work.people().byId(a.personId()).orElseThrow();
                township = person.township();
                clause = work.policies().find(person.region(), list.to()).map(Policy::document).orElse(null);
            }
            return new Notice(list, clause, township);
        }).onSuccess(n -> {
            notice.setAll(n.list().rows());
            noticeTotal.set(text.format("lists.total", n.list().rows().size(), MoneyText.format(n.list().total())));
            if (basis.get().isBlank() && n.basis() != null) {
                basis.set(n.basis());
            }
            if (office.get().isBlank() && n.township() != null) {
                office.set(n.township());
            }
        }).onFailure(e -> error.set(text.format("lists.error", e.getMessage()))));
    }

    private void remember() {
        if (!office.get().isBlank()) {
            settings.setOffice(office.get());
        }
        settings.setContact(contact.get());
    }

    public PrintJob noticeJob() {
        remember();
        LocalDate start = Formats.parseDate(from.get()).orElse(work.today());
        return ListJobs.notice(work, session, new ListJobs.NoticeParams(year.get(), quarter.get(), start, blank(office.get()),
                blank(basis.get()), blank(contact.get())), text.format("lists.notice.title", year.get(), quarter.get()));
    }

    public PrintJob payoutJob() {
        remember();
        return ListJobs.payout(work, session, new ListJobs.PayoutParams(blank(office.get()), blank(batch.get()),
                blank(payingBank.get()), blank(checkedBy.get())), text.get("lists.payout.title"));
    }

    public PrintJob waitingJob() {
        remember();
        return ListJobs.waiting(work, session, blank(office.get()), text.get("lists.waiting.title"));
    }

    /** Which list an export button writes, and in which layout. */
    public enum ExportKind {
        NOTICE,
        PAYOUT,
        /** The payout list in the bank's columns (name, ID, account, bank, amount, case number). */
        PAYOUT_BANK,
        WAITING
    }

    /** A file name for the list, e.g. 医疗救助资金发放名单-2024-12-20.xlsx. */
    public String exportName(ExportKind kind, org.medaid.desk.common.ReportFiles.Format f) {
        return org.medaid.desk.common.ReportFiles.fileName(exportTitle(kind), kind == ExportKind.NOTICE ? year.get() + "Q" + quarter.get()
                : Formats.date(work.today()), f);
    }

    private String exportTitle(ExportKind kind) {
        org.medaid.export.ExportText t = new org.medaid.export.ExportText(text.locale());
        return t.get(switch (kind) {
            case NOTICE -> "notice.title";
            case PAYOUT -> "payout.title";
            case PAYOUT_BANK -> "payout.bankTitle";
            case WAITING -> "waiting.title";
        });
    }

    /**
     * Writes the list as it is now to {@code file} (XLSX with typed cells, or PDF by the report renderer), read
     * from the workflow on the executor; the payout list in full (the bank needs it), the notice masked.
     */
    public void export(ExportKind kind, org.medaid.desk.common.ReportFiles.Format format, java.nio.file.Path file) {
        remember();
        int y = year.get();
        int q = quarter.get();
        String o = blank(office.get());
        org.medaid.export.ListExports lists = new org.medaid.export.ListExports(new org.medaid.export.ExportText(text.locale()));
        state.export(format, file, exportTitle(kind), kind, k -> List.of(switch (k) {
            case NOTICE -> lists.notice(work.queries().noticeList(y, q), o, work.today());
            case PAYOUT -> lists.payout(work.queries().payoutList(), o, work.today());
            case PAYOUT_BANK -> lists.payoutForBank(work.queries().payoutList(), o, work.today());
            case WAITING -> lists.waiting(work.queries().waiting(), o, work.today());
        }));
    }

    /** The busy mark and what the last export said: saved, or why not. */
    public ReportState state() {
        return state;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Quarters the clerk may choose: this year's and the four before. */
    public List<Integer> years() {
        List<Integer> out = new ArrayList<>();
        for (int y = work.today().getYear(); y >= work.today().getYear() - 4; y--) {
            out.add(y);
        }
        return out;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public IntegerProperty quarterProperty() {
        return quarter;
    }

    public ObservableList<NoticeRow> notice() {
        return notice;
    }

    public ObservableList<PayoutRow> payout() {
        return payout;
    }

    public ObservableList<WaitingCase> waiting() {
        return waiting;
    }

    public StringProperty noticeTotalProperty() {
        return noticeTotal;
    }

    public StringProperty payoutTotalProperty() {
        return payoutTotal;
    }

    public StringProperty payoutWarningProperty() {
        return payoutWarning;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanBinding noticeReadyBinding() {
        return noticeReady;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty officeProperty() {
        return office;
    }

    public DeskServices work() {
        return work;
    }

    public Texts text() {
        return text;
    }
}
