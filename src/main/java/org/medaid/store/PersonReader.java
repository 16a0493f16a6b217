package org.medaid.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medaid.identity.Department;
import org.medaid.identity.Sex;
import org.medaid.model.Category;
import org.medaid.model.Insurance;

/** Reads people and categories on a given connection (inside the caller's transaction). */
public final class PersonReader {

    public static final String PERSON_COLUMNS = "id, version, name, id_number, birth_date, sex, region, township, "
            + "village, household_head_id, relation, phone, bank_account, insurance, enrolment_year, voided, bank_name";
    public static final String CATEGORY_COLUMNS = "id, version, person_id, code, from_date, to_date, department, "
            + "document_no, voided";

    private PersonReader() {
    }

    public static Optional<PersonRecord> byId(Tx c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PERSON_COLUMNS + " FROM person WHERE id = ?")) {
            ps.setLong(1, id);
            return first(ps);
        }
    }

    /** The living (not voided) person with this ID number. */
    public static Optional<PersonRecord> byIdNumber(Tx c, String idNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PERSON_COLUMNS + " FROM person WHERE live_id_number = ?")) {
            ps.setString(1, idNumber);
            return first(ps);
        }
    }

    /**
     * The living people with these ID numbers, by ID number: the numbers go as an array joined to the unique index
     * (one index lookup each, {@value #CHUNK} a query), the list import's one bulk lookup instead of a query per row
     * (ADR 0076). An {@code IN (?, …)} list would be checked again, value by value, on every row found.
     */
    public static Map<String, PersonRecord> byIdNumbers(Tx c, Collection<String> idNumbers) throws SQLException {
        Map<String, PersonRecord> out = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(idNumbers))) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + columns("p", PERSON_COLUMNS) + " FROM "
                    + "UNNEST(CAST(? AS CHAR(18) ARRAY)) AS t(n) JOIN person p ON p.live_id_number = t.n")) {
                ps.setObject(1, chunk.toArray(new String[0]));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        PersonRecord p = person(rs);
                        out.put(p.idNumber(), p);
                    }
                }
            }
        }
        return out;
    }

    /** The categories of these people (voided ones too), each person's in {@link #categories(Tx, long)}'s order. */
    public static Map<Long, List<CategoryRecord>> categories(Tx c, Collection<Long> personIds) throws SQLException {
        Map<Long, List<CategoryRecord>> out = new HashMap<>();
        for (List<Long> chunk : chunks(new ArrayList<>(personIds))) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + columns("k", CATEGORY_COLUMNS) + " FROM "
                    + "UNNEST(CAST(? AS BIGINT ARRAY)) AS t(n) JOIN person_category k ON k.person_id = t.n "
                    + "ORDER BY k.person_id, k.from_date, k.id")) {
                ps.setObject(1, chunk.toArray(new Long[0]));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        CategoryRecord k = category(rs);
                        out.computeIfAbsent(k.personId(), x -> new ArrayList<>()).add(k);
                    }
                }
            }
        }
        return out;
    }

    /** Values a query: well below H2's largest array (65,536). */
    private static final int CHUNK = 10_000;

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }

    private static String columns(String alias, String columns) {
        return alias + "." + columns.replace(", ", ", " + alias + ".");
    }

    public static List<PersonRecord> household(Tx c, long headId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PERSON_COLUMNS + " FROM person WHERE (id = ? OR "
                + "household_head_id = ?) AND NOT voided ORDER BY CASE WHEN id = ? THEN 0 ELSE 1 END, birth_date, id")) {
            ps.setLong(1, headId);
            ps.setLong(2, headId);
            ps.setLong(3, headId);
            List<PersonRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(person(rs));
                }
            }
            return out;
        }
    }

    public static List<CategoryRecord> categories(Tx c, long personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CATEGORY_COLUMNS
                + " FROM person_category WHERE person_id = ? ORDER BY from_date, id")) {
            ps.setLong(1, personId);
            List<CategoryRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(category(rs));
                }
            }
            return out;
        }
    }

    public static Optional<CategoryRecord> category(Tx c, long categoryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CATEGORY_COLUMNS + " FROM person_category WHERE id = ?")) {
            ps.setLong(1, categoryId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(category(rs)) : Optional.empty();
            }
        }
    }

    private static Optional<PersonRecord> first(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(person(rs)) : Optional.empty();
        }
    }

    public static PersonRecord person(ResultSet rs) throws SQLException {
        return new PersonRecord(rs.getLong("id"), rs.getLong("version"), rs.getString("name"), rs.getString("id_number"),
                Sql.date(rs, "birth_date"), Sex.valueOf(rs.getString("sex")), rs.getString("region"),
                rs.getString("township"), rs.getString("village"), Sql.nullableLong(rs, "household_head_id"),
                rs.getString("relation"), rs.getString("phone"), rs.getString("bank_account"),
                Insurance.valueOf(rs.getString("insurance")), rs.getInt("enrolment_year"), rs.getBoolean("voided"),
                rs.getString("bank_name"));
    }

    public static CategoryRecord category(ResultSet rs) throws SQLException {
        String dept = rs.getString("department");
        return new CategoryRecord(rs.getLong("id"), rs.getLong("version"), rs.getLong("person_id"),
                Category.valueOf(rs.getString("code")), Sql.date(rs, "from_date"), Sql.date(rs, "to_date"),
                dept == null ? null : Department.valueOf(dept), rs.getString("document_no"), rs.getBoolean("voided"));
    }
}
