package org.medaid.desk.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.medaid.desk.common.Formats;
import org.medaid.desk.common.MoneyText;
import org.medaid.desk.common.ReportState;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.session.Session;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;
import org.medaid.watch.HouseholdFacts;
import org.medaid.watch.WatchException;
import org.medaid.watch.WatchStore;

/**
 * 家庭经济状况: a household's annual disposable income, total assets and whether it is an ordinary rural household
 * (普通农户), with the date and source of the figures, for the watch rules that read them (潮医保〔2021〕48号 二.8:
 * burden ≥ 60% of income and assets below the local limit; 广西 三(四): the 10,000 alert for 普通农户). Found by any
 * member's ID number, kept on the household head. Each save is one transaction appending a record that supersedes
 * the year's older ones; a wrong record is voided with a reason (ADR 0067). Nothing is updated or deleted.
 */
public final class HouseholdFactsViewModel {

    /** 普通农户 as the clerk chooses it: recorded yes, recorded no, or not recorded. */
    public enum Rural { YES, NO, UNKNOWN }

    private final WatchStore store;
    private final PersonStore people;
    private final ReportState state;
    private final Texts text;
    private final Supplier<Session> session;
    private final Supplier<LocalDate> today;
    final StringProperty idNumber = new SimpleStringProperty("");
    final StringProperty year = new SimpleStringProperty("");
    final StringProperty income = new SimpleStringProperty("");
    final StringProperty assets = new SimpleStringProperty("");
    final ObjectProperty<Rural> rural = new SimpleObjectProperty<>(Rural.UNKNOWN);
    final StringProperty recordedOn = new SimpleStringProperty("");
    final StringProperty source = new SimpleStringProperty("");
    final StringProperty voidReason = new SimpleStringProperty("");
    private final StringProperty household = new SimpleStringProperty("");
    private final StringProperty current = new SimpleStringProperty("");
    private final ObjectProperty<PersonRecord> head = new SimpleObjectProperty<>();
    private final ObjectProperty<HouseholdFacts> facts = new SimpleObjectProperty<>();

    public HouseholdFactsViewModel(WatchStore store, PersonStore people, TaskExecutor executor, Texts text,
            Supplier<Session> session, Supplier<LocalDate> today) {
        this.store = store;
        this.people = people;
        this.state = new ReportState(executor, text, () -> "", today);
        this.text = text;
        this.session = session;
        this.today = today;
        year.set(String.valueOf(today.get().getYear()));
        recordedOn.set(Formats.date(today.get()));
    }

    private record Found(PersonRecord head, HouseholdFacts facts) {
    }

    /** Finds the household of the person with the typed ID number and its current facts of the year. */
    public void find() {
        String id = idNumber.get() == null ? "" : idNumber.get().strip().toUpperCase(java.util.Locale.ROOT);
        Optional<Integer> y = year();
        if (y.isEmpty()) {
            state.say(text.get("facts.badYear"));
            return;
        }
        state.run("household facts", t -> {
            PersonRecord p = people.byIdNumber(id).orElse(null);
            if (p == null) {
                return null;
            }
            PersonRecord h = p.householdHeadId() == null ? p : people.byId(p.householdHeadId()).orElse(p);
            return new Found(h, store.facts(h.id(), y.get()).orElse(null));
        }, f -> {
            if (f == null) {
                clear();
                state.say(text.get("facts.notFound"));
                return;
            }
            show(f.head(), f.facts());
            state.say("");
        }, e -> state.say(e.getMessage()));
    }

    private void clear() {
        head.set(null);
        facts.set(null);
        household.set("");
        current.set("");
    }

    private void show(PersonRecord h, HouseholdFacts f) {
        head.set(h);
        facts.set(f);
        household.set(text.format("facts.household", h.name(), h.village() == null ? "" : h.village()));
        current.set(f == null ? text.format("facts.none", year.get()) : describe(f));
    }

    String describe(HouseholdFacts f) {
        return text.format("facts.current", f.year(), amount(f.annualIncome()), amount(f.totalAssets()),
                ruralName(f.rural() == null ? Rural.UNKNOWN : f.rural() ? Rural.YES : Rural.NO),
                Formats.date(f.recordedOn()), f.source(), f.enteredBy());
    }

    private String amount(BigDecimal v) {
        return v == null ? text.get("facts.notRecorded") : MoneyText.format(v);
    }

    public String ruralName(Rural r) {
        return text.get("facts.rural." + r.name());
    }

    /** Appends the typed facts for the household (one transaction, audited); the year's older record stops counting. */
    public void save() {
        PersonRecord h = head.get();
        if (h == null) {
            state.say(text.get("facts.findFirst"));
            return;
        }
        Optional<Integer> y = year();
        Optional<LocalDate> on = Formats.parseDate(recordedOn.get());
        if (y.isEmpty()) {
            state.say(text.get("facts.badYear"));
            return;
        }
        if (on.isEmpty()) {
            state.say(text.get("facts.badDate"));
            return;
        }
        if (badAmount(income.get()) || badAmount(assets.get())) {
            state.say(text.get("facts.badAmount"));
            return;
        }
        if (MoneyText.blank(income.get()) && MoneyText.blank(assets.get()) && rural.get() == Rural.UNKNOWN) {
            state.say(text.get("facts.empty"));
            return;
        }
        BigDecimal in = MoneyText.parse(income.get()).map(v -> v.setScale(2)).orElse(null);
        BigDecimal as = MoneyText.parse(assets.get()).map(v -> v.setScale(2)).orElse(null);
        Boolean r = rural.get() == Rural.UNKNOWN ? null : rural.get() == Rural.YES;
        String src = source.get();
        state.run("record household facts", t -> store.recordFacts(h.id(), y.get(), in, as, r, on.get(), src, session.get()), f -> {
            show(h, f);
            state.say(text.format("facts.saved", h.name(), f.year()));
        }, e -> state.say(error(e)));
    }

    /** Voids the current record with the reason; the year's older record, if any, counts again. */
    public void voidCurrent() {
        PersonRecord h = head.get();
        HouseholdFacts f = facts.get();
        if (h == null || f == null) {
            state.say(text.get("facts.nothingToVoid"));
            return;
        }
        String reason = voidReason.get();
        int y = f.year();
        state.run("void household facts", t -> {
            store.voidFacts(f.id(), reason, session.get());
            return store.facts(h.id(), y).orElse(null);
        }, older -> {
            show(h, older);
            voidReason.set("");
            state.say(text.format("facts.voided", h.name()));
        }, e -> state.say(error(e)));
    }

    /** Not a number, negative, or more than two decimals (yuan and fen). */
    private static boolean badAmount(String typed) {
        if (MoneyText.blank(typed)) {
            return false;
        }
        Optional<BigDecimal> v = MoneyText.parse(typed);
        return v.isEmpty() || v.get().signum() < 0 || v.get().stripTrailingZeros().scale() > 2;
    }

    private Optional<Integer> year() {
        String y = year.get() == null ? "" : year.get().strip();
        return y.matches("(19|20)\\d\\d") ? Optional.of(Integer.parseInt(y)) : Optional.empty();
    }

    private String error(Throwable e) {
        return e instanceof WatchException ? e.getMessage() : text.format("facts.failed", e.getMessage());
    }

    public ReportState state() {
        return state;
    }

    public StringProperty householdProperty() {
        return household;
    }

    public StringProperty currentProperty() {
        return current;
    }


    public ObjectProperty<PersonRecord> headProperty() {
        return head;
    }

    public ObjectProperty<HouseholdFacts> factsProperty() {
        return facts;
    }
}
