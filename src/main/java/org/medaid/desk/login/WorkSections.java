package org.medaid.desk.login;

import java.util.function.Supplier;
import javafx.scene.Node;
import org.medaid.desk.approval.ApprovalSection;
import org.medaid.desk.bills.BillsSection;
import org.medaid.desk.lists.ListsViewModel;
import org.medaid.desk.preview.PreviewDialog;
import org.medaid.desk.main.DeskWindow;
import org.medaid.desk.main.Section;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.screens.ScreenText;
import org.medaid.desk.screens.Session;
import org.medaid.desk.users.UsersModel;
import org.medaid.desk.users.UsersPane;
import org.medaid.desk.screens.WorkServices;

/**
 * Puts the issue-4 sections into the desk's window once someone has logged in: 费用 (bills and the year
 * ledger), 审批 (applications) and 报表 (lists), and the user with their role in the status bar. Run again
 * by the window when it is rebuilt (a change of language), so every page is made in the new language.
 */
public final class WorkSections {

    private final WorkServices work;
    private final Session session;
    private final PrintSettings printSettings;
    private BillsSection bills;
    private ApprovalSection approvals;
    private ReportsPage reports;
    private SessionControls controls;

    public WorkSections(WorkServices work, Session session, PrintSettings printSettings) {
        this.work = work;
        this.session = session;
        this.printSettings = printSettings;
    }

    /** The window's hook ({@link DeskWindow#addSections}). */
    public void register(DeskWindow window) {
        ScreenText text = ScreenText.of(window.texts());
        org.medaid.session.Session user = session.current();
        window.signIn(user, text.format("status.user", user.displayName(), user.roles().stream()
                .map(r -> r.label(window.texts().locale())).collect(java.util.stream.Collectors.joining("、"))));
        window.addSettingsPane("audit", () -> new org.medaid.desk.settings.AuditPane(work.database(), window.executor(),
                window.texts()).view());
        if (controls != null) {
            window.addStatusControl(controls.menu());
        }
        if (user.may(org.medaid.session.Action.MANAGE_USERS)) {
            window.addSettingsPane("users", () -> new UsersPane(new UsersModel(work.auth(), window.executor(), session.current(),
                    window.texts().locale()), window.texts().locale()).view());
        }
        // 设置 › 县级参数 (ADR 0036): the county's figures over the bundled policies.
        window.addSettingsPane("county", () -> new org.medaid.desk.county.CountyFiguresPane(new org.medaid.desk.county.CountyFiguresModel(
                new org.medaid.backup.CountyFigures(work.desk().dataFolder()), work.desk()::policies, window.executor(), user,
                work.clock())).view());
        bills = null;
        approvals = null;
        reports = null;
        window.setSection(Section.BILLS, () -> bills(window, text).view(), () -> {
            if (bills != null) {
                bills.shown();
            }
        });
        window.setSection(Section.APPROVALS, () -> approvals(window, text).view(), () -> {
            if (approvals != null) {
                approvals.shown();
            }
        });
        Supplier<Node> premium = window.page(Section.REPORTS);
        Runnable premiumShown = window.shown(Section.REPORTS);
        window.setSection(Section.REPORTS, () -> {
            reports = new ReportsPage(premium, premiumShown, new ListsViewModel(work, window.executor(), text, session,
                    printSettings), text, job -> PreviewDialog.show(window.stage(), job, work.printer(), window.executor(), text,
                    printSettings, () -> { }));
            return reports.view();
        }, () -> {
            if (reports != null) {
                reports.shown();
            }
        });
    }

    private BillsSection bills(DeskWindow window, ScreenText text) {
        if (bills == null) {
            bills = new BillsSection(work, session, window.executor(), text, printSettings,
                    m -> window.model().messageProperty().set(m));
            bills.setOnApply((person, item) -> ApprovalSection.apply(work, session, window.executor(), text, window.stage(),
                    person, item, a -> {
                        window.model().messageProperty().set(text.format("apply.done", person.name()));
                        window.model().select(Section.APPROVALS);
                        approvals(window, text).show(a);
                    }));
        }
        return bills;
    }

    private ApprovalSection approvals(DeskWindow window, ScreenText text) {
        if (approvals == null) {
            approvals = new ApprovalSection(work, session, window.executor(), text, printSettings);
        }
        return approvals;
    }

    /** Log-out, switch-user and lock: the 账户 menu goes in the status bar each time the sections are built. */
    public void setControls(SessionControls controls) {
        this.controls = controls;
    }

    public Session session() {
        return session;
    }

    public WorkServices work() {
        return work;
    }
}
