package org.medaid.desk.person;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.medaid.desk.common.Dialogs;
import org.medaid.desk.common.Texts;
import org.medaid.desk.roster.RosterViewModel;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.roster.Roster;
import org.medaid.roster.RosterRow;

/**
 * Chooses the household head among stored people with the roster's own search (name, initials, ID
 * digits, village): type, Down into the list, Enter takes the person.
 */
public final class HeadPickerView {

    private static final int PAGE = 12;

    private final Roster roster;
    private final TaskExecutor executor;
    private final Texts texts;
    private final Supplier<LocalDate> today;

    public HeadPickerView(Roster roster, TaskExecutor executor, Texts texts, Supplier<LocalDate> today) {
        this.roster = roster;
        this.executor = executor;
        this.texts = texts;
        this.today = today;
    }

    /** {@code selfId}: the person being edited, who cannot be their own head. */
    public Optional<RosterRow> pick(Window owner, long selfId) {
        RosterViewModel search = new RosterViewModel(roster, executor, today, PAGE);
        TextField field = new TextField();
        field.setId("headSearch");
        field.setPromptText(texts.get("roster.search.prompt"));
        field.textProperty().bindBidirectional(search.searchTextProperty());
        Label label = new Label(texts.get("head.search"));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        ListView<RosterRow> list = new ListView<>(search.rows().filtered(r -> r.personId() != selfId));
        list.setId("headList");
        list.setPrefSize(460, 300);
        list.setPlaceholder(org.medaid.desk.roster.RosterView.emptyLabel(search.emptyMessageKey("roster.empty"), texts));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RosterRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.name() + "    " + r.idNumber() + "    " + nz(r.village()));
            }
        });
        list.getItems().addListener((javafx.collections.ListChangeListener<RosterRow>) c -> {
            if (!list.getItems().isEmpty() && list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                e.consume();
            }
        });
        VBox box = new VBox(8, label, field, list);
        search.searchNow();
        boolean done = Dialogs.form(owner, texts, texts.get("head.title"), texts.get("head.header"), box,
                Bindings.isNotNull(list.getSelectionModel().selectedItemProperty()), field);
        return done ? Optional.ofNullable(list.getSelectionModel().getSelectedItem()) : Optional.empty();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
