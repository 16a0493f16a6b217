package org.medaid.insurance;

import org.medaid.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medaid.model.Category;

/**
 * The protected population of an insurance year with each person's ledger row: everyone not voided holding a
 * category (not voided) on {@code asOf} = the earlier of today and 31 December of the year, and still holding it
 * on the year's first day when that is later (the next year's list: held now and not ended before it begins).
 */
final class ProtectedPeople {

    record Person(long id, String name, String idNumber, String region, String village, List<Category> categories,
            CoverageRecord entry) {
    }

    private ProtectedPeople() {
    }

    static List<Person> of(Tx c, int year, LocalDate today) throws SQLException {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate asOf = today.isBefore(yearEnd) ? today : yearEnd;
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate until = asOf.isBefore(first) ? first : asOf;
        Map<Long, Person> people = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.name, p.id_number, p.region, p.village, k.code, "
                + "i.id AS iid FROM person p JOIN person_category k ON k.person_id = p.id "
                + "LEFT JOIN insurance_year i ON i.person_id = p.id AND i.insurance_year = ? "
                + "WHERE p.voided = FALSE AND k.voided = FALSE AND k.from_date <= ? AND (k.to_date IS NULL OR k.to_date >= ?) "
                + "ORDER BY p.region, p.village, p.sort_key, p.id, k.code")) {
            ps.setInt(1, year);
            ps.setObject(2, asOf);
            ps.setObject(3, until);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    Person p = people.get(id);
                    if (p == null) {
                        p = new Person(id, rs.getString("name"), rs.getString("id_number"), rs.getString("region"),
                                rs.getString("village") == null ? "" : rs.getString("village"), new ArrayList<>(), null);
                        people.put(id, p);
                    }
                    Category code = Category.valueOf(rs.getString("code"));
                    if (!p.categories().contains(code)) {
                        p.categories().add(code);
                    }
                }
            }
        }
        List<Person> out = new ArrayList<>(people.size());
        for (Person p : people.values()) {
            CoverageRecord entry = InsuranceRows.forYear(c, p.id(), year).orElse(null);
            out.add(new Person(p.id(), p.name(), p.idNumber(), p.region(), p.village(), List.copyOf(p.categories()), entry));
        }
        return out;
    }
}
