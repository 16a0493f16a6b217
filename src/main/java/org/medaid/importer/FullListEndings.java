package org.medaid.importer;

import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.medaid.model.Category;
import org.medaid.session.Session;
import org.medaid.store.CategoryRecord;
import org.medaid.store.CategoryWriter;

/**
 * The categories a full list ends (临医保发〔2022〕13号 六 全量库; 广西通知 二(二) 所有人员名单): held on the list's date by
 * a person on the desk, within the list's scope (certified by the list's department, or with no department and of
 * a category the list names), and not named by any row of the file. A file without one readable row ends nothing.
 */
final class FullListEndings {

    private FullListEndings() {
    }

    static List<ListEnding> find(Tx c, ListInfo info, List<PreviewRow> rows) throws SQLException {
        if (info == null || info.kind() != ListKind.FULL) {
            return List.of();
        }
        Set<String> named = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (PreviewRow r : rows) {
            if (r.row() != null) {
                named.add(r.row().idNumber() + "|" + r.row().category());
                codes.add(r.row().category().name());
            }
        }
        if (named.isEmpty()) {
            return List.of();
        }
        // streamed and sorted here (ADR 0108): H2 would sort every held category of the desk, a county's million
        // rows, in the heap before the first; the endings kept are the few the list does not name
        List<Kept> kept = c.streamed(t -> {
            List<Kept> out = new ArrayList<>();
            try (PreparedStatement ps = t.prepareStatement("SELECT k.id, k.version, k.person_id, k.code, k.from_date, "
                    + "k.department, p.name, p.id_number, p.village, p.sort_key FROM person_category k "
                    + "JOIN person p ON p.id = k.person_id "
                    + "WHERE k.voided = FALSE AND p.voided = FALSE AND k.from_date <= ? AND (k.to_date IS NULL OR k.to_date > ?)")) {
                ps.setObject(1, info.listDate());
                ps.setObject(2, info.listDate());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String dept = rs.getString("department");
                        String code = rs.getString("code");
                        boolean inScope = dept == null ? codes.contains(code) : dept.equals(info.department().name());
                        if (!inScope || named.contains(rs.getString("id_number") + "|" + code)) {
                            continue;
                        }
                        out.add(new Kept(new ListEnding(rs.getLong("person_id"), rs.getString("name"), rs.getString("id_number"),
                                rs.getString("village"), rs.getLong("id"), rs.getLong("version"), Category.valueOf(code),
                                rs.getObject("from_date", LocalDate.class), info.listDate()), rs.getString("sort_key"), code));
                    }
                }
            }
            return out;
        });
        kept.sort(ORDER);
        return kept.stream().map(Kept::ending).toList();
    }

    /** An ending with what it is listed by. */
    private record Kept(ListEnding ending, String sortKey, String code) {
    }

    /** As {@code ORDER BY p.village, p.sort_key, p.id, k.code} orders them in H2: text by {@code String.compareTo}, no value first. */
    private static final Comparator<Kept> ORDER = Comparator
            .comparing((Kept k) -> k.ending().village(), Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Kept::sortKey, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparingLong(k -> k.ending().personId())
            .thenComparing(Kept::code);

    static void apply(Tx c, CategoryWriter writer, List<ListEnding> endings, Session session) throws SQLException {
        for (ListEnding e : endings) {
            writer.end(c, e.categoryId(), e.version(), e.endOn(), session);
        }
    }
}
