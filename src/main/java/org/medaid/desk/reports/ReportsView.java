package org.medaid.desk.reports;

import org.medaid.desk.common.Styles;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.medaid.desk.lists.ListsView;
import org.medaid.desk.lists.ListsViewModel;
import org.medaid.desk.preview.PrintJob;
import org.medaid.desk.common.Fxml;
import org.medaid.desk.common.Texts;

/**
 * 报表 with the desk's own report (the premium subsidy list) first and the three lists beside
 * it, as tabs; Ctrl+Tab moves between them.
 */
public final class ReportsView {

    private final TabPane tabs = new TabPane();
    private final Runnable theirsShown;
    private final ListsViewModel lists;
    private Tab theirsTab;

    public ReportsView(Supplier<Node> theirs, Runnable theirsShown, ListsViewModel lists, Texts text, Consumer<PrintJob> preview) {
        this.theirsShown = theirsShown;
        this.lists = lists;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("reports-tabs");
        if (theirs != null) {
            theirsTab = new Tab(text.get("reports.premium"), theirs.get());
            tabs.getTabs().add(theirsTab);
        }
        ListsView view = new ListsView(lists);
        view.setOnPreview(preview);
        tabs.getTabs().addAll(view.tabs());
        Styles.sheet(tabs);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> shown());
        lists.load();
    }

    public void shown() {
        if (theirsTab != null && tabs.getSelectionModel().getSelectedItem() == theirsTab) {
            theirsShown.run();
        } else {
            lists.load();
        }
    }

    public Node view() {
        return tabs;
    }
}
