package org.medaid.desk.shell;

import java.util.List;
import java.util.function.Supplier;
import org.medaid.desk.chronic.HelpedListView;
import org.medaid.desk.chronic.HelpedListViewModel;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.Session;
import org.medaid.desk.common.Texts;
import org.medaid.desk.imports.ImportLogView;
import org.medaid.desk.imports.ImportLogViewModel;
import org.medaid.desk.insurance.InsuranceLedgerView;
import org.medaid.desk.insurance.InsuranceLedgerViewModel;
import org.medaid.desk.intake.IntakeView;
import org.medaid.desk.intake.IntakeViewModel;
import org.medaid.desk.lists.ListsView;
import org.medaid.desk.lists.ListsViewModel;
import org.medaid.desk.preview.PreviewDialogView;
import org.medaid.desk.preview.PrintJob;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.reports.FundPaymentsView;
import org.medaid.desk.reports.FundPaymentsViewModel;
import org.medaid.desk.reports.HouseholdFactsView;
import org.medaid.desk.reports.HouseholdFactsViewModel;
import org.medaid.desk.reports.ObjectionsView;
import org.medaid.desk.reports.ObjectionsViewModel;
import org.medaid.desk.reports.PremiumListView;
import org.medaid.desk.reports.PremiumListViewModel;
import org.medaid.desk.reports.ReportEntry;
import org.medaid.desk.reports.ReportScreen;
import org.medaid.desk.reports.StatisticsView;
import org.medaid.desk.reports.StatisticsViewModel;
import org.medaid.desk.reports.WatchListView;
import org.medaid.desk.reports.WatchListViewModel;
import org.medaid.desk.subsidy.PremiumSubsidyView;
import org.medaid.desk.subsidy.PremiumSubsidyViewModel;
import org.medaid.policy.WorkingCalendar;
import org.medaid.reports.FundPayments;
import org.medaid.reports.StatisticsService;
import org.medaid.settlement.SettlementService;
import org.medaid.watch.WatchLists;
import org.medaid.watch.WatchStore;
import org.medaid.workflow.Objections;

/**
 * Every report of 报表, in the order of the report list and under its heading (ADR 0075): the one place a report
 * is registered. Each page is made the first time the clerk chooses it, with the one services record and the
 * login's session; the three application lists share one view model.
 */
final class DeskReports {

    private static final String LISTS = "reports.group.lists";
    private static final String LEDGERS = "reports.group.ledgers";
    private static final String FIGURES = "reports.group.figures";
    private static final String CASES = "reports.group.cases";

    private final DeskWindow window;
    private final DeskServices services;
    private final Session session;
    private final PrintSettings print;
    private final Texts text;
    private ListsView lists;
    private WatchStore watchStore;

    DeskReports(DeskWindow window, DeskServices services, Session session, PrintSettings print) {
        this.window = window;
        this.services = services;
        this.session = session;
        this.print = print;
        this.text = window.texts();
    }

    List<ReportEntry> entries() {
        return List.of(
                new ReportEntry("notice", LISTS, "lists.notice", () -> listPage(lists().notice())),
                new ReportEntry("payout", LISTS, "lists.payout", () -> listPage(lists().payout())),
                new ReportEntry("waiting", LISTS, "lists.waiting", () -> listPage(lists().waiting())),
                new ReportEntry("premium", LISTS, "reports.premium", this::premium),
                new ReportEntry("insurance", LEDGERS, "reports.insurance", this::insurance),
                new ReportEntry("subsidy", LEDGERS, "reports.subsidy", this::subsidy),
                new ReportEntry("helped", LEDGERS, "reports.helped", this::helped),
                new ReportEntry("imports", LEDGERS, "reports.importLog", this::imports),
                new ReportEntry("stats", FIGURES, "reports.stats", this::statistics),
                new ReportEntry("fund", FIGURES, "reports.fund", this::fund),
                new ReportEntry("watch", FIGURES, "reports.watch", this::watch),
                new ReportEntry("facts", FIGURES, "reports.facts", this::facts),
                new ReportEntry("intake", CASES, "reports.intake", this::intake),
                new ReportEntry("objections", CASES, "reports.objections", this::objections));
    }

    /** 救助公示名单, 拨付名单 and 待办名单: one view over one view model, read again each time one is shown. */
    private ListsView lists() {
        if (lists == null) {
            ListsViewModel model = new ListsViewModel(services, window.executor(), text, session, print);
            lists = new ListsView(model);
            lists.setOnPreview(this::preview);
        }
        return lists;
    }

    private ReportScreen listPage(javafx.scene.Node page) {
        ListsViewModel model = lists().model();
        return new ReportScreen(page, model::load);
    }

    private void preview(PrintJob job) {
        PreviewDialogView.show(window.stage(), job, services.printer(), window.executor(), text, print, () -> { });
    }

    private ReportScreen premium() {
        PremiumListView v = new PremiumListView(new PremiumListViewModel(services::premiumList, services::policies,
                window.executor(), text, () -> services.today().getYear(), print::office, services::today));
        return new ReportScreen(v.view(), v::shown);
    }

    /** 参保台账: who is not insured for the year, the rate by village, and the form that records it. */
    private ReportScreen insurance() {
        InsuranceLedgerView v = new InsuranceLedgerView(new InsuranceLedgerViewModel(services.insurance(), window.executor(),
                text, session::current, print::office));
        return new ReportScreen(v.view(), v::shown);
    }

    /** 资助参保报送: the premium-subsidy loop (sent to tax, paid, refunded) by fund. */
    private ReportScreen subsidy() {
        PremiumSubsidyView v = new PremiumSubsidyView(new PremiumSubsidyViewModel(services.subsidies(), window.executor(),
                text, session::current, print::office));
        return new ReportScreen(v.view(), v::shown);
    }

    /** 慢特病帮办代办: the certification applications the desk helped with or filed (ADR 0068). */
    private ReportScreen helped() {
        HelpedListView v = new HelpedListView(new HelpedListViewModel(services::chronic, services.people(),
                () -> WorkingCalendar.forDataFolder(services.database().folder()), window.executor(), text, print::office,
                services::today));
        return new ReportScreen(v.view(), v::shown);
    }

    /** 导入记录: every list import, its kind, department, month and counts. */
    private ReportScreen imports() {
        ImportLogView v = new ImportLogView(new ImportLogViewModel(services::importLog, window.executor(), text, print::office,
                services::today));
        return new ReportScreen(v.view(), v::shown);
    }

    private Supplier<SettlementService> settlements() {
        return () -> new SettlementService(services.database(), services.people(), services.bills(), services.ledger(),
                services.policies(), services.clock());
    }

    private WatchStore watchStore() {
        if (watchStore == null) {
            watchStore = new WatchStore(services.database(), services.clock());
        }
        return watchStore;
    }

    private ReportScreen statistics() {
        Supplier<SettlementService> settlements = settlements();
        StatisticsView v = new StatisticsView(new StatisticsViewModel(() -> new StatisticsService(settlements.get(),
                services.people()), window.executor(), text, print::office, services::today));
        return new ReportScreen(v.view(), v::shown);
    }

    private ReportScreen fund() {
        Supplier<SettlementService> settlements = settlements();
        FundPaymentsView v = new FundPaymentsView(new FundPaymentsViewModel(() -> new FundPayments(settlements.get(),
                services.people()), window.executor(), text, print::office, services::today));
        return new ReportScreen(v.view(), v::shown);
    }

    private ReportScreen watch() {
        WatchStore store = watchStore();
        WatchListView v = new WatchListView(new WatchListViewModel(() -> new WatchLists(services.database(),
                services.people(), services.ledger(), store, services::policies), store, window.executor(), text,
                session::current, print::office, services::today));
        return new ReportScreen(v.view(), v::shown);
    }

    private ReportScreen facts() {
        HouseholdFactsView v = new HouseholdFactsView(new HouseholdFactsViewModel(watchStore(), services.people(),
                window.executor(), text, session::current, services::today));
        return new ReportScreen(v.view(), v::shown);
    }

    /** 申请受理: the checklist, urgent mark, receipt and refusal notice of each application (邵医保发〔2021〕32号 三(八)). */
    private ReportScreen intake() {
        IntakeView v = new IntakeView(new IntakeViewModel(services, window.executor(), text, session::current,
                print::office, this::preview));
        return new ReportScreen(v.view(), v::shown);
    }

    private ReportScreen objections() {
        ObjectionsView v = new ObjectionsView(new ObjectionsViewModel(new Objections(services.database(),
                services.workflow(), services.clock()), services.queries(), window.executor(), text, session::current,
                services.today(), print::office));
        return new ReportScreen(v.view(), v::shown);
    }
}
