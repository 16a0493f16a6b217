package org.medaid.desk.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.medaid.desk.common.Focus;
import org.medaid.desk.common.Styles;
import org.medaid.desk.common.Texts;

/**
 * 报表 as a list of reports beside one page (ADR 0075). The list, under short headings, takes the keyboard:
 * Up/Down chooses a report and shows its page (made the first time it is chosen), Enter or Tab moves into the
 * page, Shift+Tab back to the list. The report chosen last is handed to {@code onChosen}, so the desk opens on
 * it again for the rest of the session.
 */
public final class ReportsView {

    private final Texts text;
    private final ListView<ReportEntry> list = new ListView<>();
    private final StackPane page = new StackPane();
    private final HBox root;
    private final Map<String, ReportScreen> made = new HashMap<>();
    private final Map<String, ScrollPane> holders = new HashMap<>();
    private final String remembered;
    private final Consumer<String> onChosen;

    public ReportsView(List<ReportEntry> entries, Texts text, String remembered, Consumer<String> onChosen) {
        this.text = text;
        this.remembered = remembered;
        this.onChosen = onChosen;
        list.getItems().setAll(entries);
        list.setId("reportList");
        list.getStyleClass().add("report-list");
        list.setAccessibleText(text.get("reports.list"));
        list.setCellFactory(v -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                show(b);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                enterPage();
                e.consume();
            }
        });
        Label heading = new Label(text.get("nav.reports"));
        heading.getStyleClass().add("report-list-title");
        VBox side = new VBox(heading, list);
        side.getStyleClass().add("report-side");
        VBox.setVgrow(list, Priority.ALWAYS);
        page.getStyleClass().add("report-page");
        HBox.setHgrow(page, Priority.ALWAYS);
        root = new HBox(side, page);
        root.getStyleClass().add("reports");
        Styles.sheet(root);
    }

    private void show(ReportEntry entry) {
        boolean listHadFocus = list.isFocused();
        ReportScreen screen = made.computeIfAbsent(entry.id(), id -> entry.make().get());
        page.getChildren().setAll(holders.computeIfAbsent(entry.id(), id -> holder(screen.view())));
        screen.shown().run();
        onChosen.accept(entry.id());
        if (listHadFocus) {
            // a page that focuses its first field when shown must not take the keyboard from the list
            list.requestFocus();
        }
    }

    /**
     * The page fills the room beside the list; a page wider or taller than the window at its smallest (a wide
     * table, a form beside a table) scrolls instead of being cut at the window's edge.
     */
    private static ScrollPane holder(Node view) {
        ScrollPane s = new ScrollPane(view);
        s.setFitToWidth(true);
        s.setFitToHeight(true);
        s.setFocusTraversable(false);
        s.getStyleClass().add("report-scroll");
        return s;
    }

    /** The section came on screen: the last report chosen (or the first) is shown again and the list has the keyboard. */
    public void shown() {
        ReportEntry current = list.getSelectionModel().getSelectedItem();
        if (current == null) {
            int at = 0;
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id().equals(remembered)) {
                    at = i;
                }
            }
            list.getSelectionModel().select(at);
            list.scrollTo(at);
        } else {
            made.get(current.id()).shown().run();
        }
        Focus.soon(list);
    }

    /** Enter on the list: the first control of the page takes the keyboard. */
    private void enterPage() {
        Node first = firstFocusable(page);
        if (first != null) {
            first.requestFocus();
        }
    }

    private static Node firstFocusable(Node n) {
        if (!n.isVisible() || n.isDisabled()) {
            return null;
        }
        if (n.isFocusTraversable()) {
            return n;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                Node f = firstFocusable(c);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    public Node view() {
        return root;
    }

    /** A report's title, with the heading of its group above the first report of the group. */
    private final class EntryCell extends ListCell<ReportEntry> {
        @Override
        protected void updateItem(ReportEntry item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(text.get(item.titleKey()));
            title.getStyleClass().add("report-title");
            title.setMaxWidth(Double.MAX_VALUE);
            int i = getIndex();
            boolean first = i == 0 || !getListView().getItems().get(i - 1).groupKey().equals(item.groupKey());
            if (first) {
                Label group = new Label(text.get(item.groupKey()));
                group.getStyleClass().add("report-group");
                group.setMaxWidth(Double.MAX_VALUE);
                setGraphic(new VBox(group, title));
            } else {
                setGraphic(title);
            }
            setAccessibleText(text.get(item.titleKey()));
        }
    }
}
