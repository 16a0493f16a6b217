package org.medaid.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.medaid.model.Labels;
import org.medaid.table.ColumnType;
import org.medaid.table.DataTable;
import org.medaid.watch.ActionRecord;
import org.medaid.watch.WatchEntry;
import org.medaid.watch.WatchList;

/**
 * A watch list as a table: who (ID number masked: the list is for the office's follow-up, not
 * for the bank), why with the figures and the clause, since when, and what was done, by whom and when.
 */
public final class WatchExports {

    private final ExportText text;

    public WatchExports(ExportText text) {
        this.text = text;
    }

    /** The list's title in the desk's language (报表 names it the same way). */
    public String title(WatchList list) {
        return ResourceBundle.getBundle("org.medaid.watch.watch", text.locale(), Labels.NO_FALLBACK)
                .getString("rule." + list.rule().name());
    }

    public DataTable table(WatchList list, String office, LocalDate on) {
        List<String> filter = new ArrayList<>();
        filter.add(text.format("watch.filter", list.period().toString(), list.period().last()));
        filter.addAll(list.notes());
        DataTable t = new DataTable(title(list), filter, List.of(
                text.column("no", ColumnType.COUNT), text.column("name", ColumnType.TEXT),
                text.column("maskedId", ColumnType.CODE), text.column("township", ColumnType.TEXT).fileOnly(),
                text.column("village", ColumnType.TEXT), text.column("figure", ColumnType.MONEY),
                text.column("line", ColumnType.MONEY), text.column("listedSince", ColumnType.DATE),
                text.column("new", ColumnType.TEXT), text.column("why", ColumnType.TEXT).wider(34),
                text.column("clause", ColumnType.TEXT).wider(24), text.column("unconfirmed", ColumnType.TEXT),
                text.column("action", ColumnType.TEXT), text.column("actedBy", ColumnType.TEXT),
                text.column("actedOn", ColumnType.DATE), text.column("note", ColumnType.TEXT).fileOnly()));
        int n = 0;
        for (WatchEntry e : list.entries()) {
            ActionRecord a = e.lastAction();
            t.row(++n, e.name(), masked(e.idNumber()), e.township(), e.village(), e.figure(), e.line(), e.since(),
                    e.newInPeriod() ? text.get("watch.new") : text.get("watch.earlier"), e.why(), e.clause(),
                    String.join("；", e.unconfirmed()), a == null ? text.get("watch.none") : text.get("action." + a.action().name()),
                    a == null ? null : a.by(), a == null ? null : a.on(), a == null ? null : a.note());
        }
        return t.source(new ListExports(text).source(office, on));
    }

    /** The first four and last four characters, as the posted lists print them (4305**********1234). */
    static String masked(String id) {
        if (id == null || id.length() <= 8) {
            return id;
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }
}
