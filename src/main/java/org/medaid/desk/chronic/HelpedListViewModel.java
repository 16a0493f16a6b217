package org.medaid.desk.chronic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import org.medaid.chronic.ChronicEntitlements;
import org.medaid.chronic.ChronicTexts;
import org.medaid.chronic.Entitlement;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.ReportRows;
import org.medaid.desk.common.ReportState;
import org.medaid.desk.task.TaskExecutor;
import org.medaid.model.NoCalendarException;
import org.medaid.model.WorkingDays;
import org.medaid.print.IdDisplay;
import org.medaid.store.PersonRecord;
import org.medaid.store.PersonStore;
import org.medaid.table.Column;
import org.medaid.table.ColumnType;
import org.medaid.table.DataTable;

/**
 * 慢特病帮办代办 (鲁医保发〔2021〕56号 二(三) 「门诊慢特病资格认定“帮办”“代办”服务」, ADR 0068): every certification
 * application the desk helped with or filed for the person, newest first, with the outcome and how long it has been
 * waiting (working days by the desk's calendar, calendar days where the calendar has no data for the year). Read-only:
 * the entries are changed in the person screen's 门诊慢特病资格 window.
 */
public final class HelpedListViewModel {

    /** One line of the list; the ID number is masked as on every list. */
    public record Row(long entitlementId, String name, String maskedId, String township, String village, String disease,
            String help, LocalDate appliedOn, String state, String waiting, boolean pending, String outcome) {
    }

    private final Supplier<ChronicEntitlements> chronic;
    private final PersonStore people;
    private final Supplier<WorkingDays> days;
    private final Texts text;
    private final ReportState state;
    private final ReportRows<Row> list;

    public HelpedListViewModel(Supplier<ChronicEntitlements> chronic, PersonStore people, Supplier<WorkingDays> days,
            TaskExecutor executor, Texts text, Supplier<String> office, Supplier<LocalDate> today) {
        this.chronic = chronic;
        this.people = people;
        this.days = days;
        this.text = text;
        this.state = new ReportState(executor, text, office, today);
        this.list = new ReportRows<>(state, this::title, this::table);
    }

    public void load() {
        list.read("chronic helped list", p -> read(),
                r -> text.format("helped.loaded", r.size(), r.stream().filter(Row::pending).count()), "helped.failed");
    }

    /** The list as read last, for the XLSX and PDF files: applied on as a date, the masked ID number as text. */
    DataTable table(List<Row> rows) {
        List<String> filter = new ArrayList<>(List.of(text.get("helped.filter")));
        filter.addAll(List.of(state.source()));
        DataTable t = new DataTable(title(), filter, List.of(
                Column.of(text.get("helped.col.name"), ColumnType.TEXT).wider(10),
                Column.of(text.get("helped.col.id"), ColumnType.CODE),
                Column.of(text.get("helped.col.village"), ColumnType.TEXT),
                Column.of(text.get("helped.col.disease"), ColumnType.TEXT),
                Column.of(text.get("helped.col.help"), ColumnType.TEXT).wider(8),
                Column.of(text.get("helped.col.applied"), ColumnType.DATE),
                Column.of(text.get("helped.col.state"), ColumnType.TEXT).wider(8),
                Column.of(text.get("helped.col.waiting"), ColumnType.TEXT).wider(20),
                Column.of(text.get("helped.col.outcome"), ColumnType.TEXT).wider(40)));
        for (Row x : rows) {
            t.row(x.name(), x.maskedId(), place(x), x.disease(), x.help(), x.appliedOn(), x.state(), x.waiting(), x.outcome());
        }
        return t;
    }

    /** 乡镇 村 as the list shows it. */
    public static String place(Row r) {
        return r.township() == null || r.township().isBlank() ? r.village() : r.township() + " " + r.village();
    }

    public String title() {
        return text.get("helped.title");
    }

    private List<Row> read() {
        LocalDate now = state.today();
        WorkingDays calendar = days.get();
        List<Row> out = new ArrayList<>();
        for (Entitlement e : chronic.get().helped()) {
            Optional<PersonRecord> p = people.byId(e.personId());
            boolean pending = e.state() == Entitlement.State.APPLIED;
            LocalDate end = pending ? now : decided(e);
            out.add(new Row(e.id(), p.map(PersonRecord::name).orElse(""),
                    p.map(x -> IdDisplay.MASKED.show(x.idNumber())).orElse(""),
                    p.map(PersonRecord::township).orElse(""), p.map(PersonRecord::village).orElse(""), e.disease(),
                    ChronicTexts.help(e.help(), text.locale()), e.appliedOn(), ChronicTexts.state(e.state(), text.locale()),
                    waiting(calendar, e.appliedOn(), end, pending), pending, outcome(e)));
        }
        return out;
    }

    private static LocalDate decided(Entitlement e) {
        if (e.decidedOn() != null) {
            return e.decidedOn();
        }
        return e.validFrom();
    }

    /** Working days after the application up to today (or the decision); calendar days where no calendar covers it. */
    String waiting(WorkingDays calendar, LocalDate from, LocalDate to, boolean pending) {
        if (from == null || to == null) {
            return "";
        }
        try {
            int n = calendar.between(from, to);
            return pending ? text.format("helped.waiting.working", n) : text.format("helped.took.working", n);
        } catch (NoCalendarException e) {
            long n = Math.max(0, ChronoUnit.DAYS.between(from, to));
            return pending ? text.format("helped.waiting.days", n) : text.format("helped.took.days", n);
        }
    }

    private String outcome(Entitlement e) {
        return switch (e.state()) {
            case CERTIFIED -> text.format("helped.outcome.certified", nz(e.certificateNo()), e.validFrom(),
                    e.validTo() == null ? text.get("helped.outcome.open") : e.validTo().toString(), nz(e.certifiedBy()));
            case REFUSED -> text.format("helped.outcome.refused", e.decidedOn(), nz(e.note()));
            default -> "";
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The list on screen and as read last, its file name and export. */
    public ReportRows<Row> list() {
        return list;
    }

    public ObservableList<Row> rows() {
        return list.rows();
    }
}
