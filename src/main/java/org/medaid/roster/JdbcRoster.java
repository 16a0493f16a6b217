package org.medaid.roster;

import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medaid.model.Category;
import org.medaid.store.Database;
import org.medaid.store.Sql;

/** The roster read page by page from the database (ADR 0007); never loads the township whole. */
public final class JdbcRoster implements Roster {

    private static final String COLUMNS = "p.id, p.name, p.id_number, p.township, p.village";

    private final Database db;

    public JdbcRoster(Database db) {
        this.db = db;
    }

    @Override
    public List<RosterRow> search(RosterQuery query, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        return db.read(c -> {
            RosterSql sql = build(c, query);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.page())) {
                int i = bind(ps, sql.params());
                ps.setInt(i, limit);
                ps.setInt(i + 1, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    int idColumn = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        ids.add(rs.getLong(idColumn));
                    }
                }
            }
            return rows(c, ids, query.today());
        });
    }

    @Override
    public int count(RosterQuery query) {
        return db.read(c -> {
            SearchText text = SearchText.of(query.text());
            if (text.kind() == SearchText.Kind.ALL && query.category() == null && !query.endingWithin30Days()) {
                // H2 counts a whole table without reading it; only the few voided rows are read
                return (int) (single(c, "SELECT COUNT(*) FROM person") - single(c, "SELECT COUNT(*) FROM person WHERE voided_id >= 0"));
            }
            RosterSql sql = build(c, query);
            try (PreparedStatement ps = c.prepareStatement(sql.count())) {
                bind(ps, sql.params());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static RosterSql build(Tx c, RosterQuery query) throws SQLException {
        SearchText text = SearchText.of(query.text());
        // one character is a surname; from two on the text may also start a village name (石门 → 石门村)
        boolean village = text.kind() == SearchText.Kind.CHINESE && text.value().length() >= 2
                && villageStartsWith(c, text.value());
        return RosterSql.of(query, text, village);
    }

    /** One index probe: does any village name start with the text? Then the text may mean a village. */
    private static boolean villageStartsWith(Tx c, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM person WHERE live_village >= ? AND live_village < ? LIMIT 1")) {
            ps.setString(1, text);
            ps.setString(2, Sql.prefixEnd(text));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The page's people and their categories in two queries: those held today, and the next end date. */
    private static List<RosterRow> rows(Tx c, List<Long> ids, LocalDate today) throws SQLException {
        List<RosterRow> out = new ArrayList<>(ids.size());
        if (ids.isEmpty()) {
            return out;
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, String[]> people = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM person p WHERE p.id IN (" + in + ")");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                people.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
            }
        }
        Map<Long, List<Category>> held = new HashMap<>();
        Map<Long, LocalDate> nextEnd = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT person_id, code, from_date, to_date FROM person_category "
                + "WHERE person_id IN (" + in + ") AND search_code IS NOT NULL ORDER BY person_id, from_date, id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Category code = Category.valueOf(rs.getString(2));
                LocalDate from = Sql.date(rs, "from_date");
                LocalDate to = Sql.date(rs, "to_date");
                if (!from.isAfter(today) && (to == null || !to.isBefore(today))) {
                    List<Category> list = held.computeIfAbsent(id, k -> new ArrayList<>());
                    if (!list.contains(code)) {
                        list.add(code);
                    }
                }
                if (to != null && !to.isBefore(today)) {
                    nextEnd.merge(id, to, (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        for (long id : ids) {
            String[] f = people.get(id);
            out.add(new RosterRow(id, f[0], f[1], f[2], f[3], List.copyOf(held.getOrDefault(id, List.of())), nextEnd.get(id)));
        }
        return out;
    }

    /** Sets {@code params} in placeholder order; returns the next placeholder's index (the page's LIMIT). */
    static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }

    private static long single(Tx c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
