package org.medaid.desk.reports;

import org.medaid.desk.common.Styles;
import java.util.function.Consumer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.medaid.desk.lists.ListsView;
import org.medaid.desk.lists.ListsViewModel;
import org.medaid.desk.preview.PrintJob;

/**
 * 报表 as tabs, in the order {@code DeskShell} lists them: the premium subsidy list, the application lists
 * (waiting cases, public notice, payout), then any further report; Ctrl+Tab moves between them.
 */
public final class ReportsView {

    private final TabPane tabs = new TabPane();
    private final ListsViewModel lists;
    private final Map<Tab, Runnable> onShown = new HashMap<>();

    public ReportsView(List<ReportTab> first, ListsViewModel lists, Consumer<PrintJob> preview, List<ReportTab> after) {
        this.lists = lists;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("reports-tabs");
        add(first);
        ListsView view = new ListsView(lists);
        view.setOnPreview(preview);
        tabs.getTabs().addAll(view.tabs());
        add(after);
        Styles.sheet(tabs);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> shown());
        lists.load();
    }

    private void add(List<ReportTab> reports) {
        for (ReportTab r : reports) {
            Tab tab = new Tab(r.title(), r.page().get());
            onShown.put(tab, r.shown());
            tabs.getTabs().add(tab);
        }
    }

    public void shown() {
        Runnable own = onShown.get(tabs.getSelectionModel().getSelectedItem());
        if (own != null) {
            own.run();
        } else {
            lists.load();
        }
    }

    public Node view() {
        return tabs;
    }
}
