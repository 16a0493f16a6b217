package org.medaid.desk.shell;

import org.medaid.desk.common.DeskSection;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.common.Section;
import org.medaid.desk.common.Session;
import org.medaid.desk.common.SettingsEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.medaid.desk.settings.SettingChanges;
import org.medaid.desk.settings.SettingsView;
import org.medaid.desk.settings.SettingsViewModel;
import org.medaid.settings.DeskSettings;
import org.medaid.backup.CountyFigures;
import org.medaid.desk.about.AboutView;
import org.medaid.desk.approval.ApprovalSection;
import org.medaid.desk.backup.DataView;
import org.medaid.desk.bills.BillsSection;
import org.medaid.desk.common.Texts;
import org.medaid.desk.county.CountyFiguresViewModel;
import org.medaid.desk.county.CountyFiguresView;
import org.medaid.desk.reports.ReportsView;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.settings.AuditView;
import org.medaid.desk.users.UsersViewModel;
import org.medaid.desk.users.UsersView;
import org.medaid.session.Action;

/**
 * The desk's composition root (ADR 0042): the one place that lists the sections of the navigation and the
 * cards of 设置, each made with the one {@link DeskServices} record and the login's {@link Session}. The
 * window calls {@link #sections} and {@link #cards} each time it is (re)built (after a login, a switch of
 * user, a change of language), so every page is made for the user and in the language of the moment.
 * A new screen is added here and nowhere else.
 */
public final class DeskShell {

    private final DeskWindow window;
    private final DeskServices services;
    private final Session session;
    private final PrintSettings print;
    private BillsSection bills;
    private ApprovalSection approvals;
    private String lastReport;

    public DeskShell(DeskWindow window, DeskServices services, Session session, PrintSettings print) {
        this.window = window;
        this.services = services;
        this.session = session;
        this.print = print;
    }

    /**
     * The navigation's sections in order: 人员, 费用, 审批, 报表, 设置. 人员 is the window's own, made before the
     * login so that the roster is on screen at once; every other section is made here.
     */
    public List<DeskSection> sections(DeskSection people) {
        Texts text = window.texts();
        bills = null;
        approvals = null;
        List<DeskSection> all = new ArrayList<>();
        all.add(people);
        all.add(lazy(Section.BILLS, () -> bills(text), BillsSection::view, BillsSection::shown));
        all.add(lazy(Section.APPROVALS, () -> approvals(text), ApprovalSection::view, ApprovalSection::shown));
        all.add(lazy(Section.REPORTS, () -> reports(text), ReportsView::view, ReportsView::shown));
        all.add(lazy(Section.SETTINGS, () -> settingsPage(text), n -> n, n -> { }));
        return all;
    }

    /** 设置: the desk's own settings, then the cards this user may see. */
    private Node settingsPage(Texts text) {
        DeskSettings settings = window.settings();
        SettingsViewModel model = new SettingsViewModel(settings, services.dataFolder(), services.schemaVersion(),
                SettingChanges.through(new org.medaid.users.Administration(services.database()), window::currentSession,
                        window.executor(), text.locale()));
        model.setMayChange(session.may(Action.CHANGE_SETTINGS));
        model.setOnLanguage(l -> Platform.runLater(() -> window.rebuild(l)));
        model.setOnChanged(() -> window.model().areaProperty().set(settings.area().orElse(null)));
        VBox page = new VBox(16, new SettingsView(model, text).view());
        for (SettingsEntry card : cards()) {
            if (card.needs() == null || session.may(card.needs())) {
                Node view = card.view().get();
                if (!view.getStyleClass().contains("page")) {
                    // a bare card lines up with the cards of the pages above it (desk.css .page padding)
                    VBox.setMargin(view, new Insets(0, 24, 0, 24));
                }
                page.getChildren().add(view);
            }
        }
        page.setPadding(new Insets(0, 0, 24, 0));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    /** The cards of 设置 below the desk's own settings, in order. */
    public List<SettingsEntry> cards() {
        Texts text = window.texts();
        List<SettingsEntry> cards = new ArrayList<>();
        cards.add(new SettingsEntry("data", Action.BACKUP, () -> DataView.create(window.stage(), window.executor(),
                services.database(), text.locale(), window::currentSession).view()));
        // 设置 › 关于: version, log folder, support bundle (ADR 0040)
        cards.add(new SettingsEntry("about", null, () -> AboutView.create(window.stage(), window.executor(), text.locale()).view()));
        cards.add(new SettingsEntry("audit", null, () -> new AuditView(services.database(), window.executor(), text).view()));
        cards.add(new SettingsEntry("users", Action.MANAGE_USERS, () -> new UsersView(new UsersViewModel(services.auth(),
                window.executor(), session.current(), text.locale()), text.locale()).view()));
        // 设置 › 县级参数 (ADR 0036): the county's figures over the bundled policies, and its decisions on insurance as a
        // condition of assistance where the document has none (ADR 0098).
        cards.add(new SettingsEntry("county", null, () -> new CountyFiguresView(new CountyFiguresViewModel(
                new CountyFigures(services.dataFolder()), services::policies,
                new org.medaid.insurance.CountyConditions(services.database(), services::policies, services.clock()),
                window.executor(), session.current(), services.clock())).view()));
        return cards;
    }

    /** What the status bar says of who is logged in: name and roles. */
    public String status() {
        Texts text = window.texts();
        if (!session.isLoggedIn()) {
            return text.get("status.nobody");
        }
        org.medaid.session.Session user = session.current();
        return text.format("status.user", user.displayName(), user.roles().stream()
                .map(r -> r.label(text.locale())).collect(Collectors.joining("、")));
    }

    public DeskServices services() {
        return services;
    }

    public Session session() {
        return session;
    }

    public PrintSettings print() {
        return print;
    }

    private BillsSection bills(Texts text) {
        if (bills == null) {
            bills = new BillsSection(services, session, window.executor(), text, print,
                    m -> window.model().messageProperty().set(m));
            bills.setOnApply((person, item) -> ApprovalSection.apply(services, session, window.executor(), text,
                    window.stage(), person, item, a -> {
                        window.model().messageProperty().set(text.format("apply.done", person.name()));
                        window.model().select(Section.APPROVALS);
                        approvals(text).show(a);
                    }, bills::focusLedger));
        }
        return bills;
    }

    private ApprovalSection approvals(Texts text) {
        if (approvals == null) {
            approvals = new ApprovalSection(services, session, window.executor(), text, print);
        }
        return approvals;
    }

    /** 报表: the report list beside one page (ADR 0075); the report chosen last comes back for the session. */
    private ReportsView reports(Texts text) {
        return new ReportsView(new DeskReports(window, services, session, print).entries(), text, lastReport,
                id -> lastReport = id);
    }

    /** A section whose page is made on the first visit. */
    public static <T> DeskSection lazy(Section slot, Supplier<T> make, Function<T, Node> view, Consumer<T> shown) {
        return new DeskSection() {
            private T made;

            @Override
            public Section slot() {
                return slot;
            }

            @Override
            public Node view() {
                made = make.get();
                return view.apply(made);
            }

            @Override
            public void shown() {
                if (made != null) {
                    shown.accept(made);
                }
            }
        };
    }
}
