package org.medaid.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.medaid.model.Bill;
import org.medaid.model.BillKind;
import org.medaid.model.CaseFile;
import org.medaid.model.Category;
import org.medaid.model.CategorySpan;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Household;
import org.medaid.model.Insurance;
import org.medaid.model.Limits;
import org.medaid.model.TextLimit;
import org.medaid.model.Location;
import org.medaid.model.Person;
import org.medaid.model.PremiumRequest;
import org.medaid.policy.JsonTree;

/**
 * Reads a case file (the JSON of docs/case-file.md) into a {@link CaseFile}; anything unreadable,
 * unknown or inconsistent becomes an {@link InputException} naming the field.
 */
public final class CaseReader {

    /** No text field of a case file is longer (names, hospitals, diagnoses are far shorter). */
    private static final int LONGEST_TEXT = 500;

    private CaseReader() {
    }

    public static CaseFile read(String text) {
        JsonNode root;
        try {
            // the tree of a mapper with USE_BIG_DECIMAL_FOR_FLOATS and STRICT_DUPLICATE_DETECTION, without one (ADR 0100)
            root = JsonTree.readExact(text);
        } catch (JsonProcessingException e) {
            // Jackson appends where an unclosed object started, with a "[Source: …]" the user cannot use.
            String reason = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[.*", "");
            throw new InputException("unreadable JSON: " + reason
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw new InputException("the case file must be a JSON object with person and bills");
        }
        allow(root, "", "person", "bills", "premium", "year");
        Person person = person(object(root, "person", true));
        Integer year = root.hasNonNull("year") ? year(root, "", "year") : null;
        List<Bill> bills = new ArrayList<>();
        JsonNode list = root.get("bills");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new InputException("bills: must be a list");
            }
            for (int i = 0; i < list.size(); i++) {
                Bill b = bill(list.get(i), "bills[" + i + "]");
                if (year != null && b.settlementDate().getYear() != year) {
                    throw new InputException("bills[" + i + "] (" + b.id() + "): settled " + b.settlementDate()
                            + ", outside the case's year " + year);
                }
                bills.add(b);
            }
        }
        PremiumRequest premium = null;
        JsonNode p = object(root, "premium", false);
        if (p != null) {
            allow(p, "premium.", "year", "contribution", "date");
            if (!p.hasNonNull("year")) {
                throw new InputException("premium.year: missing");
            }
            premium = new PremiumRequest(year(p, "premium.", "year"), money(p, "premium.", "contribution", false),
                    date(p, "premium.", "date", false));
        }
        return new CaseFile(person, bills, premium);
    }

    private static Person person(JsonNode p) {
        allow(p, "person.", "region", "insurance", "categories", "household", "name", "idNumber");
        text(p, "person.", "name", false, TextLimit.PERSON_NAME);
        text(p, "person.", "idNumber", false, TextLimit.ID_NUMBER);
        String region = text(p, "person.", "region", true);
        if (!region.matches("\\d{6}")) {
            throw new InputException("person.region: '" + region + "' is not a 6-digit administrative code");
        }
        Insurance insurance = enumValue(p, "person.", "insurance", Insurance.class, true);
        List<CategorySpan> spans = new ArrayList<>();
        JsonNode cats = p.get("categories");
        if (cats != null && !cats.isNull()) {
            if (!cats.isArray()) {
                throw new InputException("person.categories: must be a list");
            }
            for (int i = 0; i < cats.size(); i++) {
                String at = "person.categories[" + i + "].";
                JsonNode c = cats.get(i);
                allow(c, at, "code", "from", "to", "department", "document");
                try {
                    spans.add(new CategorySpan(enumValue(c, at, "code", Category.class, true), date(c, at, "from", true),
                            date(c, at, "to", false)));
                } catch (IllegalArgumentException e) {
                    throw new InputException(at + " " + e.getMessage());
                }
            }
        }
        Household household = null;
        JsonNode h = object(p, "household", false);
        if (h != null) {
            allow(h, "person.household.", "annualIncome", "othersBurden");
            household = new Household(money(h, "person.household.", "annualIncome", false),
                    money(h, "person.household.", "othersBurden", false));
        }
        return new Person(region, insurance, spans, household);
    }

    private static Bill bill(JsonNode b, String at) {
        if (b == null || !b.isObject()) {
            throw new InputException(at + ": must be an object");
        }
        String p = at + ".";
        allow(b, p, "id", "seq", "kind", "admitted", "discharged", "date", "hospitalLevel", "location", "referred",
                "specialDisease", "applicationApproved", "total", "outOfCatalog", "classBSelfPay", "overLimit", "basic",
                "criticalIllness", "tiltApproved", "hospital", "diagnosis", "outOfCatalogApproved", "supplementaryInsurance",
                "assistance", "reAssistance", "referredFrom");
        String id = text(b, p, "id", true, TextLimit.CASE_BILL_ID);
        text(b, p, "hospital", false, TextLimit.HOSPITAL_NAME);
        text(b, p, "diagnosis", false, TextLimit.DIAGNOSIS);
        LocalDate admitted = date(b, p, "admitted", false);
        LocalDate discharged = date(b, p, "discharged", false);
        LocalDate visit = date(b, p, "date", false);
        if (discharged == null && visit != null) {
            discharged = visit;
        }
        try {
            return new Bill(id, b.hasNonNull("seq") ? whole(b, p, "seq") : null,
                    enumValue(b, p, "kind", BillKind.class, true), admitted, discharged,
                    enumValue(b, p, "hospitalLevel", HospitalLevel.class, false),
                    enumValue(b, p, "location", Location.class, false), bool(b, p, "referred"),
                    text(b, p, "specialDisease", false, TextLimit.SPECIAL_DISEASE), bool(b, p, "applicationApproved"),
                    money(b, p, "total", true), money(b, p, "outOfCatalog", false), money(b, p, "classBSelfPay", false),
                    money(b, p, "overLimit", false), money(b, p, "basic", false), money(b, p, "criticalIllness", false),
                    money(b, p, "tiltApproved", false), bool(b, p, "outOfCatalogApproved"),
                    money(b, p, "supplementaryInsurance", false), money(b, p, "assistance", false),
                    money(b, p, "reAssistance", false), text(b, p, "referredFrom", false));
        } catch (IllegalArgumentException e) {
            throw new InputException(at + ": " + e.getMessage());
        }
    }

    private static void allow(JsonNode node, String at, String... fields) {
        if (!node.isObject()) {
            throw new InputException(at.isEmpty() ? "must be an object" : at.substring(0, at.length() - 1) + ": must be an object");
        }
        Set<String> allowed = Set.of(fields);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw new InputException(at + n + ": unknown field");
            }
        }
    }

    private static JsonNode object(JsonNode parent, String field, boolean required) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw new InputException(field + ": missing");
            }
            return null;
        }
        if (!n.isObject()) {
            throw new InputException(field + ": must be an object");
        }
        return n;
    }

    private static String text(JsonNode n, String at, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (required) {
                throw new InputException(at + field + ": missing");
            }
            return null;
        }
        if (!v.isValueNode()) {
            throw new InputException(at + field + ": must be text");
        }
        String t = v.asText();
        if (t.length() > LONGEST_TEXT) {
            throw new InputException(at + field + ": longer than " + LONGEST_TEXT + " characters");
        }
        return t;
    }

    /** A text field bounded by its column's length (ADR 0029). */
    private static String text(JsonNode n, String at, String field, boolean required, TextLimit limit) {
        String t = text(n, at, field, required);
        if (Limits.text(limit, t).isPresent()) {
            throw new InputException(at + field + ": longer than " + limit.length() + " characters");
        }
        return t;
    }

    /** A whole number (a year, an entry order): "2022" and 2022 are read, 2022.5 and "x" refused. */
    private static long whole(JsonNode n, String at, String field) {
        JsonNode v = n.get(field);
        if (v.isIntegralNumber() && v.canConvertToInt() && v.asLong() >= 0
                || v.isTextual() && v.asText().trim().matches("\\d{1,9}")) {
            return v.isIntegralNumber() ? v.asLong() : Long.parseLong(v.asText().trim());
        }
        throw new InputException(at + field + ": '" + shown(v) + "' is not a whole number of at most 9 digits");
    }

    /** A year (the case's, the premium's): ADR 0029's years 1900 to 2099. */
    private static int year(JsonNode n, String at, String field) {
        long y = whole(n, at, field);
        Limits.year(y).ifPresent(b -> {
            throw new InputException(at + field + ": " + y + " is " + Limits.describe(b));
        });
        return (int) y;
    }

    /** The refusal of an amount: "total: below zero (-1)", "total: '1e5' is an exponent …". */
    private static InputException amountRefused(String at, String field, JsonNode v, Limits.Breach b) {
        if (b == Limits.Breach.NEGATIVE) {
            return new InputException(at + field + ": below zero (" + shown(v) + ")");
        }
        return new InputException(at + field + ": " + (v.isNumber() ? shown(v) : "'" + shown(v) + "'") + " is " + Limits.describe(b));
    }

    /** A value as the message shows it: at most 40 characters of it. */
    private static String shown(JsonNode v) {
        String t = v.isNumber() ? v.numberValue().toString() : v.asText();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    private static boolean bool(JsonNode n, String at, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new InputException(at + field + ": must be true or false");
        }
        return v.asBoolean();
    }

    private static LocalDate date(JsonNode n, String at, String field, boolean required) {
        String t = text(n, at, field, required);
        if (t == null) {
            return null;
        }
        LocalDate d;
        try {
            d = t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : null;
        } catch (DateTimeParseException e) {
            d = null;
        }
        if (d == null) {
            throw new InputException(at + field + ": '" + (t.length() > 40 ? t.substring(0, 40) + "…" : t)
                    + "' is not a date (yyyy-mm-dd)");
        }
        if (Limits.date(d).isPresent()) {
            throw new InputException(at + field + ": " + d + " is " + Limits.describe(Limits.Breach.DATE_OUT_OF_RANGE));
        }
        return d;
    }

    private static <E extends Enum<E>> E enumValue(JsonNode n, String at, String field, Class<E> type, boolean required) {
        String t = text(n, at, field, required);
        if (t == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, t);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name());
            }
            throw new InputException(at + field + ": unknown value '" + t + "' (one of " + String.join(", ", names) + ")");
        }
    }

    private static BigDecimal money(JsonNode n, String at, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new InputException(at + field + ": missing");
            }
            return null;
        }
        // ADR 0029: judged by its digits before any arithmetic (1e999999999 is never expanded)
        if (v.isNumber()) {
            BigDecimal d = v.decimalValue();
            Limits.amount(d).ifPresent(b -> {
                throw amountRefused(at, field, v, b);
            });
            return d;
        }
        if (!v.isTextual()) {
            throw new InputException(at + field + ": '" + shown(v) + "' is not an amount");
        }
        Limits.amountText(v.asText()).ifPresent(b -> {
            throw amountRefused(at, field, v, b);
        });
        return Limits.parseAmount(v.asText());
    }
}
