package org.medaid.desk.person;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.medaid.desk.common.Texts;
import org.medaid.identity.IdCheck;
import org.medaid.identity.IdNumbers;
import org.medaid.identity.IdProblem;
import org.medaid.identity.RegionCodes;

/**
 * The person form's field checks, as the clerk types: each returns the message to show, or null when the
 * value is acceptable. The store checks the same rules again on save (PersonRules).
 */
final class PersonChecks {

    static final int MAX_NAME = 64;
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");
    private static final Pattern BANK = Pattern.compile("\\d{12,30}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final Texts texts;
    private final RegionCodes regions;

    private final java.util.function.Predicate<String> covered;

    /** {@code covered}: whether a policy file's region prefixes hold the code. */
    PersonChecks(Texts texts, RegionCodes regions, java.util.function.Predicate<String> covered) {
        this.covered = covered;
        this.texts = texts;
        this.regions = regions;
    }

    String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return texts.get("person.error.name");
        }
        return n.length() > MAX_NAME ? texts.format("person.error.nameLength", MAX_NAME) : null;
    }

    /** GB 11643 and a GB/T 2260 code in the first six digits; while fewer than 18 characters are typed, how many are missing. */
    IdCheck id(String id, LocalDate today) {
        return IdNumbers.checkInRegions(id, today, regions);
    }

    /**
     * The policy region (户籍地区代码): a GB/T 2260 county-level code that some policy file's region prefixes cover
     * (临医保发〔2022〕13号 四; ADR 0066).
     */
    String region(String code) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            return texts.get("person.error.regionEmpty");
        }
        java.util.Optional<org.medaid.identity.Region> r = regions.find(c);
        if (r.isEmpty() || !r.get().county()) {
            return texts.format("person.error.regionCode", c);
        }
        if (!covered.test(c)) {
            return texts.format("person.error.regionPolicy", r.get().fullName());
        }
        return null;
    }

    String idMessage(IdCheck check) {
        if (check.valid()) {
            return null;
        }
        if (check.problem() == IdProblem.LENGTH) {
            return texts.format("person.error.idLength", check.normalized().length());
        }
        return check.problem().message(texts.locale());
    }

    String phone(String phone) {
        String p = phone == null ? "" : phone.strip().replace(" ", "");
        if (p.isEmpty() || MOBILE.matcher(p).matches() || LANDLINE.matcher(p).matches()) {
            return null;
        }
        return texts.get("person.error.phone");
    }

    String bankAccount(String account) {
        String a = account == null ? "" : account.strip().replace(" ", "");
        return a.isEmpty() || BANK.matcher(a).matches() ? null : texts.get("person.error.bank");
    }

    /** The store takes 1990 up to next year (enrolment for next year opens in the autumn). */
    String year(String year, LocalDate today) {
        String y = year == null ? "" : year.strip();
        if (!YEAR.matcher(y).matches()) {
            return texts.get("person.error.year");
        }
        int v = Integer.parseInt(y);
        return v < 1990 || v > today.getYear() + 1 ? texts.format("person.error.yearRange", 1990, today.getYear() + 1) : null;
    }
}
