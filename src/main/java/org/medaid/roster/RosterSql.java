package org.medaid.roster;

import java.util.ArrayList;
import java.util.List;
import org.medaid.store.Sql;

/**
 * Builds the SQL that finds one page of person ids for a roster query, and its count (ADR 0007).
 * Every usual search is a range over one index that holds every column the query touches, so H2 reads
 * no table row: the text picks the person index, a category alone pages from the category index, and
 * search columns are NULL for voided records so no "NOT voided" test is needed.
 */
final class RosterSql {

    /** A category is held on a day: started and not ended (k.search_code is set only while living). */
    private static final String HELD = "k.from_date <= ? AND (k.to_date IS NULL OR k.to_date >= ?)";

    private String select;
    private String from;
    private final StringBuilder where = new StringBuilder("TRUE");
    private String order;
    private final List<Object> params = new ArrayList<>();
    private String countSelect = "COUNT(*)";

    static RosterSql of(RosterQuery q, SearchText text, boolean villageMatches) {
        RosterSql s = new RosterSql();
        boolean nameOnly = text.kind() == SearchText.Kind.CHINESE && !villageMatches;
        if (q.category() != null && (text.kind() == SearchText.Kind.ALL || text.kind() == SearchText.Kind.INITIALS || nameOnly)) {
            // pages from the category index, which carries the person's sort key and name
            s.select = "k.person_id";
            s.from = "person_category k";
            s.and("k.search_code = ?", q.category().name());
            s.and(HELD, q.today(), q.today());
            if (q.endingWithin30Days()) {
                s.and("k.to_date <= ?", q.today().plusDays(30));
            }
            String v = text.value();
            if (nameOnly) {
                s.and("k.person_name >= ? AND k.person_name < ?", v, Sql.prefixEnd(v));
                s.order = "k.search_code, k.person_name, k.person_id";
            } else {
                if (text.kind() == SearchText.Kind.INITIALS) {
                    s.and("k.person_sort_key >= ? AND k.person_sort_key < ?", v, Sql.prefixEnd(v));
                }
                // k.search_code first: only an ORDER BY that starts like the index lets H2 skip the sort
                s.order = "k.search_code, k.person_sort_key, k.person_id";
            }
            return s;
        }
        if (text.kind() == SearchText.Kind.ALL && q.endingWithin30Days()) {
            s.select = "DISTINCT k.person_sort_key, k.person_id";
            s.from = "person_category k";
            s.and("k.to_date BETWEEN ? AND ? AND k.search_code IS NOT NULL", q.today(), q.today().plusDays(30));
            s.order = "k.person_sort_key, k.person_id";
            s.countSelect = "COUNT(DISTINCT k.person_id)";
            return s;
        }
        s.select = "p.id";
        s.from = "person p";
        s.order = "p.sort_key, p.id";
        s.text(text, villageMatches);
        if (q.category() != null) {
            s.and("EXISTS (SELECT 1 FROM person_category k WHERE k.person_id = p.id AND k.search_code = ? AND " + HELD
                    + (q.endingWithin30Days() ? " AND k.to_date <= ?" : "") + ")", q.category().name(), q.today(), q.today());
            if (q.endingWithin30Days()) {
                s.params.add(q.today().plusDays(30));
            }
        } else if (q.endingWithin30Days()) {
            s.and("EXISTS (SELECT 1 FROM person_category k WHERE k.person_id = p.id AND k.search_code IS NOT NULL "
                    + "AND k.to_date BETWEEN ? AND ?)", q.today(), q.today().plusDays(30));
        }
        return s;
    }

    private void text(SearchText text, boolean villageMatches) {
        String v = text.value();
        switch (text.kind()) {
            case ALL -> and("p.sort_key >= ''");
            case NONE -> and("FALSE");
            case ID_EXACT -> and("p.live_id_number = ?", v);
            case ID_PREFIX -> {
                and("p.live_id_number >= ? AND p.live_id_number < ?", v, Sql.prefixEnd(v));
                // pages in ID-number order, the index's own (ADR 0105): H2 stops after the page. In name order it read
                // and sorted every match first: "430522198" is 21,877 of 1,000,000 people, 2.95 s
                order = "p.live_id_number";
            }
            case ID_SUFFIX -> {
                String r = new StringBuilder(v).reverse().toString();
                and("p.id_reversed >= ? AND p.id_reversed < ?", r, Sql.prefixEnd(r));
            }
            case INITIALS -> and("p.sort_key >= ? AND p.sort_key < ?", v, Sql.prefixEnd(v));
            case CHINESE -> {
                if (villageMatches) {
                    // two index ranges united once; an OR of the two would read the whole table
                    from = "(SELECT id, sort_key FROM person WHERE live_name >= ? AND live_name < ? UNION "
                            + "SELECT id, sort_key FROM person WHERE live_village >= ? AND live_village < ?) p";
                    params.addAll(List.of(v, Sql.prefixEnd(v), v, Sql.prefixEnd(v)));
                } else {
                    // within one name prefix the index order by name is the page order: no sort
                    and("p.live_name >= ? AND p.live_name < ?", v, Sql.prefixEnd(v));
                    order = "p.live_name, p.id";
                }
            }
            default -> throw new IllegalStateException(text.kind().name());
        }
    }

    private void and(String condition, Object... values) {
        where.append(" AND ").append(condition);
        params.addAll(List.of(values));
    }

    /** Parameters in placeholder order; the page query adds LIMIT and OFFSET after them. */
    List<Object> params() {
        return params;
    }

    /** The page's person ids; the last selected column is the id. */
    String page() {
        return "SELECT " + select + " FROM " + from + " WHERE " + where + " ORDER BY " + order + " LIMIT ? OFFSET ?";
    }

    String count() {
        return "SELECT " + countSelect + " FROM " + from + " WHERE " + where;
    }
}
