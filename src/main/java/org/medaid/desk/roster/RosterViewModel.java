package org.medaid.desk.roster;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.desk.task.TaskHandle;
import org.medaid.model.Category;
import org.medaid.roster.Roster;
import org.medaid.roster.RosterQuery;
import org.medaid.roster.RosterRow;

/**
 * The roster screen's state: the search inputs, the page of rows on show, and the total. Typing waits
 * {@link #DEBOUNCE} before searching; answers to an older search are dropped (a slow count must not
 * overwrite a newer page).
 */
public final class RosterViewModel {

    public static final Duration DEBOUNCE = Duration.ofMillis(150);
    public static final int DEFAULT_PAGE_SIZE = 50;

    private final Roster roster;
    private final TaskExecutor executor;
    private final Supplier<LocalDate> today;
    private final int pageSize;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final BooleanProperty endingSoon = new SimpleBooleanProperty();
    private final ObservableList<RosterRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    /** -1 while counting. */
    private final LongProperty total = new SimpleLongProperty(-1);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<RosterRow> selected = new SimpleObjectProperty<>();

    private long generation;
    private TaskHandle pendingSearch = TaskHandle.DONE;
    private Consumer<RosterRow> onOpen = r -> { };
    private Runnable onLoaded = () -> { };

    public RosterViewModel(Roster roster, TaskExecutor executor, Supplier<LocalDate> today, int pageSize) {
        this.roster = roster;
        this.executor = executor;
        this.today = today;
        this.pageSize = pageSize;
        searchText.addListener((o, a, b) -> searchSoon());
        category.addListener((o, a, b) -> searchNow());
        endingSoon.addListener((o, a, b) -> searchNow());
    }

    /** Debounced: the search runs when the clerk pauses typing. */
    private void searchSoon() {
        pendingSearch.cancel();
        pendingSearch = executor.schedule(DEBOUNCE, this::searchNow);
    }

    /** Searches from the first page, counting the matches after the page is on screen. */
    public void searchNow() {
        pendingSearch.cancel();
        page.set(0);
        total.set(-1);
        load(true);
    }

    /** Reloads the current page (after a save or an import). */
    public void refresh() {
        load(true);
    }

    private void load(boolean recount) {
        long gen = ++generation;
        RosterQuery query = query();
        int offset = page.get() * pageSize;
        loading.set(true);
        executor.submit(BackgroundTask.of("roster page", p -> {
                    org.medaid.logging.Timing.mark("roster: reading a page");
                    List<RosterRow> read = roster.search(query, offset, pageSize);
                    org.medaid.logging.Timing.mark("roster: page read");
                    return read;
                })
                .onSuccess(found -> {
                    if (gen == generation) {
                        showPage(found);
                    }
                })
                .onFinally(() -> {
                    if (gen == generation) {
                        loading.set(false);
                    }
                }));
        if (recount) {
            executor.submit(BackgroundTask.of("roster count", p -> (long) roster.count(query))
                    .onSuccess(n -> {
                        if (gen == generation) {
                            total.set(n);
                        }
                    }));
        }
    }

    private void showPage(List<RosterRow> found) {
        rows.setAll(found);
        selected.set(found.isEmpty() ? null : found.get(0));
        onLoaded.run();
    }

    public RosterQuery query() {
        String text = searchText.get() == null ? "" : searchText.get().strip();
        return new RosterQuery(text, category.get(), endingSoon.get(), today.get());
    }

    public void nextPage() {
        goTo(page.get() + 1);
    }

    public void previousPage() {
        goTo(page.get() - 1);
    }

    public void firstPage() {
        goTo(0);
    }

    public void lastPage() {
        goTo(pageCount() - 1);
    }

    private void goTo(int target) {
        int last = Math.max(0, pageCount() - 1);
        int p = Math.max(0, Math.min(target, last));
        if (p != page.get() && total.get() >= 0) {
            page.set(p);
            load(false);
        }
    }

    /** Pages of the current search; 1 while the count is not known yet. */
    public int pageCount() {
        long n = total.get();
        return n <= 0 ? 1 : (int) ((n + pageSize - 1) / pageSize);
    }

    public BooleanBinding canGoBack() {
        return page.greaterThan(0);
    }

    public BooleanBinding canGoForward() {
        return Bindings.createBooleanBinding(() -> total.get() >= 0 && page.get() < pageCount() - 1, page, total);
    }

    /** Opens the selected person (Enter, double click). */
    public void openSelected() {
        RosterRow row = selected.get();
        if (row != null) {
            onOpen.accept(row);
        }
    }

    public void setOnOpen(Consumer<RosterRow> action) {
        this.onOpen = action;
    }

    /** Called each time a page arrives: the startup timing listens here. */
    public void setOnLoaded(Runnable action) {
        this.onLoaded = action;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public BooleanProperty endingSoonProperty() {
        return endingSoon;
    }

    public ObservableList<RosterRow> rows() {
        return rows;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public LongProperty totalProperty() {
        return total;
    }

    /**
     * The resource key of what the empty table says (ADR 0105): {@code roster.searching} while a page is being read
     * (the rows of the last search may still be on screen, and "nobody matches" would be a claim about the new one
     * before it is answered), {@code roster.emptyStore} for an empty roster without any filter, {@code roster.empty}
     * when a search found nobody.
     */
    public javafx.beans.binding.StringBinding emptyMessageKey() {
        return emptyMessageKey(null);
    }

    /** As {@link #emptyMessageKey()} for a picker: {@code nobodyKey} (when not null) for every finished empty search. */
    public javafx.beans.binding.StringBinding emptyMessageKey(String nobodyKey) {
        return Bindings.createStringBinding(() -> {
            if (loading.get()) {
                return "roster.searching";
            }
            if (nobodyKey != null) {
                return nobodyKey;
            }
            // not query(): its day comes from the services, which the main view built behind the login does not have yet
            String text = searchText.get() == null ? "" : searchText.get().strip();
            return total.get() == 0 && text.isEmpty() && category.get() == null && !endingSoon.get()
                    ? "roster.emptyStore" : "roster.empty";
        }, loading, total, searchText, category, endingSoon);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObjectProperty<RosterRow> selectedProperty() {
        return selected;
    }

    public int pageSize() {
        return pageSize;
    }
}
