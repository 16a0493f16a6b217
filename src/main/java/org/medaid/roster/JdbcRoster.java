package org.medaid.roster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
            Map<Long, String[]> page = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql.select(COLUMNS))) {
                int i = bind(ps, sql.params);
                ps.setInt(i, limit);
                ps.setInt(i + 1, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                    }
                }
            }
            return rows(c, page, query.today());
        });
    }

    @Override
    public int count(RosterQuery query) {
        return db.read(c -> {
            SearchText text = SearchText.of(query.text());
            if (text.kind() == SearchText.Kind.ALL && query.category() == null && !query.endingWithin30Days()) {
                // H2 counts a whole table without reading it; only the few voided rows are read
                return (int) (single(c, "SELECT COUNT(*) FROM person") - single(c, "SELECT COUNT(*) FROM person WHERE voided"));
            }
            RosterSql sql = build(c, query);
            try (PreparedStatement ps = c.prepareStatement(sql.count())) {
                bind(ps, sql.params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static RosterSql build(Connection c, RosterQuery query) throws SQLException {
        SearchText text = SearchText.of(query.text());
        boolean village = text.kind() == SearchText.Kind.CHINESE && villageStartsWith(c, text.value());
        return RosterSql.of(query, text, village);
    }

    /** One index probe: does any village name start with the text? Then the text may mean a village. */
    private static boolean villageStartsWith(Connection c, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM person WHERE village >= ? AND village < ? LIMIT 1")) {
            ps.setString(1, text);
            ps.setString(2, Sql.prefixEnd(text));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The page's categories in one query: those held today, and the next end date. */
    private static List<RosterRow> rows(Connection c, Map<Long, String[]> page, LocalDate today) throws SQLException {
        List<RosterRow> out = new ArrayList<>(page.size());
        if (page.isEmpty()) {
            return out;
        }
        Map<Long, List<Category>> held = new LinkedHashMap<>();
        Map<Long, LocalDate> nextEnd = new LinkedHashMap<>();
        String ids = page.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement ps = c.prepareStatement("SELECT person_id, code, from_date, to_date FROM person_category "
                + "WHERE NOT voided AND person_id IN (" + ids + ") ORDER BY person_id, from_date, id")) {
            try (ResultSet rs = ps.executeQuery()) {
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
        }
        for (Map.Entry<Long, String[]> e : page.entrySet()) {
            String[] f = e.getValue();
            out.add(new RosterRow(e.getKey(), f[0], f[1], f[2], f[3], List.copyOf(held.getOrDefault(e.getKey(), List.of())),
                    nextEnd.get(e.getKey())));
        }
        return out;
    }

    private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
