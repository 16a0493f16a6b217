package org.medaid.roster;

import java.util.ArrayList;
import java.util.List;
import org.medaid.store.Sql;

/**
 * Builds the roster's SQL for one query so that every usual search is an index range read in page
 * order (ADR 0007): the text picks the index, a category alone pages from the category index that
 * carries the person's name, and the page is cut by LIMIT/OFFSET in the database.
 */
final class RosterSql {

    /** A person holds a category on a day: started, not ended, not voided. */
    private static final String HELD = "NOT k.voided AND k.from_date <= ? AND (k.to_date IS NULL OR k.to_date >= ?)";

    final StringBuilder where = new StringBuilder("NOT p.voided");
    final List<Object> params = new ArrayList<>();
    String from = "person p";
    String order = "p.sort_key, p.id";

    static RosterSql of(org.medaid.roster.RosterQuery q, SearchText text, boolean villageMatches) {
        RosterSql s = new RosterSql();
        boolean driveFromCategory = text.kind() == SearchText.Kind.ALL && q.category() != null;
        if (driveFromCategory) {
            // pages in roster order straight from the category index (code, person_sort_key, person_id)
            s.from = "person_category k JOIN person p ON p.id = k.person_id";
            s.order = "k.person_sort_key, k.person_id";
            s.and("k.code = ?", q.category().name());
            s.and(HELD, q.today(), q.today());
            // one row per person even when two spans of the same category overlap today
            s.and("NOT EXISTS (SELECT 1 FROM person_category k2 WHERE k2.person_id = k.person_id AND k2.code = k.code "
                    + "AND k2.id < k.id AND NOT k2.voided AND k2.from_date <= ? AND (k2.to_date IS NULL OR k2.to_date >= ?))",
                    q.today(), q.today());
            if (q.endingWithin30Days()) {
                s.and("k.to_date <= ?", q.today().plusDays(30));
            }
            return s;
        }
        s.text(text, villageMatches);
        if (q.category() != null) {
            s.and("EXISTS (SELECT 1 FROM person_category k WHERE k.person_id = p.id AND k.code = ? AND " + HELD
                    + (q.endingWithin30Days() ? " AND k.to_date <= ?" : "") + ")",
                    q.endingWithin30Days() ? new Object[] {q.category().name(), q.today(), q.today(), q.today().plusDays(30)}
                            : new Object[] {q.category().name(), q.today(), q.today()});
        } else if (q.endingWithin30Days()) {
            s.and("p.id IN (SELECT k.person_id FROM person_category k WHERE NOT k.voided AND k.to_date BETWEEN ? AND ?)",
                    q.today(), q.today().plusDays(30));
        }
        return s;
    }

    private void text(SearchText text, boolean villageMatches) {
        String v = text.value();
        switch (text.kind()) {
            case ALL -> { }
            case NONE -> and("FALSE");
            case ID_EXACT -> and("p.id_number = ?", v);
            case ID_PREFIX -> and("p.id_number >= ? AND p.id_number < ?", v, Sql.prefixEnd(v));
            case ID_SUFFIX -> {
                String r = new StringBuilder(v).reverse().toString();
                and("p.id_reversed >= ? AND p.id_reversed < ?", r, Sql.prefixEnd(r));
            }
            case INITIALS -> {
                and("p.sort_key >= ? AND p.sort_key < ?", v, Sql.prefixEnd(v));
            }
            case CHINESE -> {
                if (villageMatches) {
                    and("(p.name >= ? AND p.name < ? OR p.village >= ? AND p.village < ?)", v, Sql.prefixEnd(v), v,
                            Sql.prefixEnd(v));
                } else {
                    // within one name prefix the index order by name is the page order: no sort
                    and("p.name >= ? AND p.name < ?", v, Sql.prefixEnd(v));
                    order = "p.name, p.id";
                }
            }
            default -> throw new IllegalStateException(text.kind().name());
        }
    }

    private void and(String condition, Object... values) {
        where.append(" AND ").append(condition);
        params.addAll(List.of(values));
    }

    String select(String columns) {
        return "SELECT " + columns + " FROM " + from + " WHERE " + where + " ORDER BY " + order + " LIMIT ? OFFSET ?";
    }

    String count() {
        return "SELECT COUNT(*) FROM " + from + " WHERE " + where;
    }
}
