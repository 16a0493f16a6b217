package org.medaid.desk.login;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.medaid.desk.lists.ListsView;
import org.medaid.desk.lists.ListsViewModel;
import org.medaid.desk.preview.PrintJob;
import org.medaid.desk.screens.ScreenFxml;
import org.medaid.desk.screens.ScreenText;

/**
 * 报表 with the desk's own report (the premium subsidy list) first and the three lists of issue #4 beside
 * it, as tabs; Ctrl+Tab moves between them.
 */
final class ReportsPage {

    private final TabPane tabs = new TabPane();
    private final Runnable theirsShown;
    private final ListsViewModel lists;
    private Tab theirsTab;

    ReportsPage(Supplier<Node> theirs, Runnable theirsShown, ListsViewModel lists, ScreenText text, Consumer<PrintJob> preview) {
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
        ScreenFxml.style(tabs);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> shown());
        lists.load();
    }

    void shown() {
        if (theirsTab != null && tabs.getSelectionModel().getSelectedItem() == theirsTab) {
            theirsShown.run();
        } else {
            lists.load();
        }
    }

    Node view() {
        return tabs;
    }
}
