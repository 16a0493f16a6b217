package org.medaid.desk.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.ReportFiles;
import org.medaid.desk.common.ReportState;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.BackgroundTask;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.export.ExportText;
import org.medaid.export.WatchExports;
import org.medaid.session.Session;
import org.medaid.watch.Period;
import org.medaid.watch.WatchAction;
import org.medaid.watch.WatchEntry;
import org.medaid.watch.WatchList;
import org.medaid.watch.WatchLists;
import org.medaid.watch.WatchRule;
import org.medaid.watch.WatchStore;

/**
 * 监测预警: the watch list of a rule for a month or the whole year (who, why with the figures and the clause,
 * since when, what was done), the act recorded for the chosen person (已申请 / 已核查 / 无需救助, with the day
 * and a note; the duty the act needs is checked by the store), and the XLSX and PDF exports.
 */
public final class WatchListViewModel {

    private final Supplier<WatchLists> lists;
    private final WatchStore store;
    private final TaskExecutor executor;
    private final Texts text;
    private final Supplier<Session> session;
    private final ReportState state;
    private final WatchExports exports;
    private final ObjectProperty<WatchRule> rule = new SimpleObjectProperty<>(WatchRule.GUANGXI_ALERT);
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final IntegerProperty month = new SimpleIntegerProperty();
    private final ObjectProperty<WatchList> list = new SimpleObjectProperty<>();
    private final ObservableList<WatchEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<WatchEntry> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<WatchAction> action = new SimpleObjectProperty<>(WatchAction.REVIEWED);
    private final StringProperty actedOn = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    /** The act's own line under the list: a refusal in red, 已记录 in green. */
    private final org.medaid.desk.common.ScreenStatus actStatus = new org.medaid.desk.common.ScreenStatus();

    public WatchListViewModel(Supplier<WatchLists> lists, WatchStore store, TaskExecutor executor, Texts text,
            Supplier<Session> session, Supplier<String> office, Supplier<LocalDate> today) {
        this.lists = lists;
        this.store = store;
        this.executor = executor;
        this.text = text;
        this.session = session;
        this.state = new ReportState(executor, text, office, today);
        this.exports = new WatchExports(new ExportText(text.locale()));
        year.set(today.get().getYear());
        month.set(0);
        actedOn.set(Formats.date(today.get()));
        rule.addListener((o, a, b) -> query());
        year.addListener((o, a, b) -> query());
        month.addListener((o, a, b) -> query());
    }

    public Period period() {
        return new Period(year.get(), month.get());
    }

    public void query() {
        WatchRule r = rule.get();
        Period p = period();
        state.read("watch list", t -> lists.get().compute(r, p), l -> {
            if (l.rule() == rule.get() && l.period().equals(period())) {
                list.set(l);
                entries.setAll(l.entries());
                long fresh = l.entries().stream().filter(WatchEntry::newInPeriod).count();
                state.say(text.format("watch.summary", l.entries().size(), fresh)
                        + (l.notes().isEmpty() ? "" : "　" + String.join("；", l.notes())));
            }
        }, "stats.failed");
    }

    /** Records the chosen act for the chosen person; a refusal is the store's sentence, nothing written. */
    public void record() {
        WatchEntry e = selected.get();
        if (e == null) {
            actStatus.refuse(text.get("watch.act.choose"));
            return;
        }
        Optional<LocalDate> on = Formats.parseDate(actedOn.get());
        if (on.isEmpty()) {
            actStatus.refuse(text.get("watch.act.badDate"));
            return;
        }
        WatchRule r = rule.get();
        int y = year.get();
        WatchAction a = action.get();
        String n = note.get();
        executor.submit(BackgroundTask.of("watch act", t -> store.act(r, e.personId(), y, a, on.get(), n, session.get()))
                .onSuccess(rec -> {
                    actStatus.say(text.format("watch.act.saved", e.name(), text.get("watch.action." + a.name())));
                    note.set("");
                    query();
                })
                .onFailure(x -> actStatus.refuse(x.getMessage())));
    }

    public String actionText(WatchEntry e) {
        if (e.lastAction() == null) {
            return text.get("watch.action.none");
        }
        return text.format("watch.action.done", text.get("watch.action." + e.lastAction().action().name()), e.lastAction().by(),
                Formats.date(e.lastAction().on()));
    }

    public String ruleName(WatchRule r) {
        return text.get("watch.rule." + r.name());
    }

    public String title() {
        return list.get() == null ? ruleName(rule.get()) : exports.title(list.get());
    }

    public String fileName(ReportFiles.Format f) {
        return ReportState.fileName(title(), period(), f);
    }

    public void export(ReportFiles.Format format, Path file) {
        state.export(format, file, title(), list.get(), l -> List.of(exports.table(l, state.office(), state.today())));
    }

    public ObjectProperty<WatchRule> ruleProperty() {
        return rule;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public IntegerProperty monthProperty() {
        return month;
    }

    public ObjectProperty<WatchList> listProperty() {
        return list;
    }

    public ObservableList<WatchEntry> entries() {
        return entries;
    }

    public ObjectProperty<WatchEntry> selectedProperty() {
        return selected;
    }

    public ObjectProperty<WatchAction> actionProperty() {
        return action;
    }

    public StringProperty actedOnProperty() {
        return actedOn;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public org.medaid.desk.common.ScreenStatus actStatus() {
        return actStatus;
    }

    public ReportState state() {
        return state;
    }

    public int lastYear() {
        return state.today().getYear();
    }
}
