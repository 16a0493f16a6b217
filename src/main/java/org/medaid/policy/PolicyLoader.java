package org.medaid.policy;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medaid.model.BillKind;
import org.medaid.model.Category;
import org.medaid.model.Location;

/**
 * Reads one policy file (YAML) into a {@link Policy}, refusing anything malformed with a
 * {@link PolicyException} that names the file, the field and the reason.
 */
public final class PolicyLoader {

    /**
     * Duplicate keys are refused: the second would silently replace the first figure. Made when a YAML file is first
     * read, not when the class loads: the bundled policies are read from their JSON form (ADR 0080), and a mapper
     * made for nothing cost a command-line verb its construction (ADR 0100).
     */
    private static final class Yaml {
        static final YAMLMapper MAPPER = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    private PolicyLoader() {
    }

    public static Policy read(String fileName, InputStream in) {
        return read(fileName, tree(fileName, in));
    }

    /** The YAML file's tree, as {@link #read(String, JsonNode)} takes it (also the bundled files' compact form, ADR 0080). */
    static JsonNode tree(String fileName, InputStream in) {
        try {
            return Yaml.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new PolicyException(fileName, "", "not readable YAML: " + firstLine(e.getMessage()));
        }
    }

    /** Reads a policy from its YAML tree (a bundled file with the county's figures laid over it, ADR 0036). */
    public static Policy read(String fileName, JsonNode json) {
        Node root = Node.root(fileName, json);
        root.allow("id", "name", "document", "carries", "regions", "from", "to", "source", "timing", "basic",
                "criticalIllness", "assistance", "reAssistance", "hospitalWaiver", "fallback", "premium", "flags", "notes",
                "catalogueShare", "supplementaryInsurance", "referral", "coverage", "monthlyLists", "procedure", "intake", "specialOutpatient");
        String id = root.text("id");
        String expected = fileName.replaceFirst("\\.ya?ml$", "");
        if (!id.equals(expected)) {
            throw root.fail("id", "'" + id + "' does not match the file name '" + fileName + "'");
        }
        root.text("source");
        List<String> regions = root.texts("regions");
        if (regions.isEmpty()) {
            throw root.fail("regions", "is missing");
        }
        for (String r : regions) {
            if (!r.matches("\\d{2,6}")) {
                throw root.fail("regions", "'" + r + "' is not an administrative code prefix (2 to 6 digits)");
            }
        }
        var from = root.date("from");
        if (from == null) {
            throw root.fail("from", "is missing");
        }
        var to = root.date("to");
        if (to != null && to.isBefore(from)) {
            throw root.fail("to", "ends before it starts");
        }
        List<CategoryTiming> timing = root.map("timing", t -> {
            t.allow("from", "rule", "source");
            return new CategoryTiming(t.date("from"), t.enumValue("rule", CategoryTiming.Rule.class, "timing rule"), t.text("source"));
        });
        BasicRules basic = basic(root.child("basic"));
        List<Track> ci = TrackReader.tracks(root.child("criticalIllness"));
        List<Track> assistance = TrackReader.tracks(root.child("assistance"));
        ReAssistanceRules re = root.has("reAssistance") ? reAssistance(root.child("reAssistance")) : ReAssistanceRules.none();
        HospitalWaiver waiver = root.has("hospitalWaiver") ? waiver(root.child("hospitalWaiver")) : null;
        Fallback fallback = root.has("fallback") ? fallback(root.child("fallback")) : null;
        PremiumRules premium = root.has("premium") ? premium(root.child("premium")) : null;
        List<FlagRule> flags = root.map("flags", PolicyLoader::flag);
        PolicyExtras extras = ExtrasReader.read(root);
        Procedure procedure = ProcedureReader.read(root);
        Set<Category> named = named(basic, ci, assistance, re, waiver, fallback, premium, flags);
        if (extras.catalogueShare() != null) {
            named.addAll(extras.catalogueShare().categories());
        }
        return new Policy(id, root.text("name"), root.text("document"), List.copyOf(regions), from, to, root.text("source"),
                timing, basic, ci, assistance, re, waiver, fallback, premium, flags, named, List.copyOf(root.collected), extras,
                procedure);
    }

    private static BasicRules basic(Node b) {
        b.allow("table", "cap", "tilts", "remoteFirstSelfPay", "remoteWaiver", "source", "unconfirmed", "note");
        List<BasicRow> table = b.map("table", r -> {
            r.allow("kinds", "levels", "insurance", "deductible", "rate", "source", "unconfirmed", "note");
            Set<BillKind> kinds = r.enums("kinds", BillKind.class, "bill kind");
            if (kinds.isEmpty()) {
                throw r.fail("kinds", "is missing");
            }
            return new BasicRow(kinds, r.enums("levels", org.medaid.model.HospitalLevel.class, "hospital level"),
                    r.enumValue("insurance", org.medaid.model.Insurance.class, "insurance"),
                    r.amount("deductible", true), r.rate("rate", true));
        });
        for (BillKind k : BillKind.values()) {
            boolean covered = table.stream().anyMatch(r -> r.kinds().contains(k));
            if (!covered) {
                throw b.fail("table", "no row for bill kind " + k);
            }
        }
        List<BasicTilt> tilts = b.map("tilts", t -> {
            t.allow("id", "categories", "kinds", "rateBonus", "cap", "source", "unconfirmed", "note");
            Set<BillKind> kinds = t.enums("kinds", BillKind.class, "bill kind");
            if (kinds.isEmpty()) {
                throw t.fail("kinds", "is missing: name the bill kinds whose rate is raised");
            }
            return new BasicTilt(t.text("id"), t.enums("categories", Category.class, "category"), kinds,
                    t.rate("rateBonus", true), t.amount("cap", true), t.source);
        });
        Map<Location, Param> remote = new EnumMap<>(Location.class);
        if (b.has("remoteFirstSelfPay")) {
            Node r = b.child("remoteFirstSelfPay");
            r.json.fieldNames().forEachRemaining(n -> {
                if (!Set.of("source", "unconfirmed", "note", "label").contains(n)) {
                    remote.put(r.parseEnum(n, n, Location.class, "location"), r.rate(n, true));
                }
            });
        }
        RemoteWaiver waiver = null;
        if (b.has("remoteWaiver")) {
            Node w = b.child("remoteWaiver");
            w.allow("from", "categories", "locations", "source");
            waiver = new RemoteWaiver(w.date("from"), w.enums("categories", Category.class, "category"),
                    w.enums("locations", Location.class, "location"), w.text("source"));
        }
        return new BasicRules(table, b.amount("cap", true), tilts, remote, waiver, b.source);
    }

    private static ReAssistanceRules reAssistance(Node r) {
        r.allow("tracks", "topUp", "manual", "source", "unconfirmed", "note");
        List<Track> tracks = r.has("tracks") ? TrackReader.tracks(r) : List.of();
        TopUp topUp = null;
        if (r.has("topUp")) {
            Node t = r.child("topUp");
            t.allow("id", "categories", "threshold", "targetRatio", "cap", "requiresApplication", "source", "unconfirmed", "note");
            Node ratios = t.child("targetRatio");
            Map<BillKind, Param> target = new EnumMap<>(BillKind.class);
            ratios.json.fieldNames().forEachRemaining(n -> {
                if (!Set.of("source", "unconfirmed", "note", "label").contains(n)) {
                    target.put(ratios.parseEnum(n, n, BillKind.class, "bill kind"), ratios.rate(n, true));
                }
            });
            topUp = new TopUp(t.text("id"), t.enums("categories", Category.class, "category"), t.amount("threshold", true),
                    target, t.amount("cap", true), t.bool("requiresApplication"), t.source);
        }
        ReAssistanceRules.Manual manual = null;
        if (r.has("manual")) {
            Node m = r.child("manual");
            m.allow("kinds", "source");
            manual = new ReAssistanceRules.Manual(m.enums("kinds", BillKind.class, "bill kind"), m.text("source"));
        }
        return new ReAssistanceRules(tracks, topUp, manual);
    }

    private static HospitalWaiver waiver(Node w) {
        w.allow("categories", "diseases", "rate", "source", "unconfirmed", "note");
        return new HospitalWaiver(w.enums("categories", Category.class, "category"), new LinkedHashSet<>(w.texts("diseases")),
                w.rate("rate", true), w.text("source"));
    }

    private static Fallback fallback(Node f) {
        f.allow("categories", "inCountyRatio", "referredRatio", "diseases", "source", "unconfirmed", "note");
        return new Fallback(f.enums("categories", Category.class, "category"), f.rate("inCountyRatio", true),
                f.rate("referredRatio", true), new LinkedHashSet<>(f.texts("diseases")), f.text("source"));
    }

    private static PremiumRules premium(Node p) {
        p.allow("fromYear", "toYear", "contribution", "groups", "source", "unconfirmed", "note");
        int fromYear = p.json.path("fromYear").asInt(0);
        if (fromYear < 2000) {
            throw p.fail("fromYear", "is missing or not a year");
        }
        Integer toYear = p.json.hasNonNull("toYear") ? p.json.get("toYear").asInt() : null;
        Map<Integer, Param> contribution = new HashMap<>();
        Node c = p.child("contribution");
        c.json.fieldNames().forEachRemaining(n -> {
            if (!Set.of("source", "unconfirmed", "note", "label").contains(n)) {
                if (!n.matches("\\d{4}")) {
                    throw c.fail(n, "is not a year");
                }
                contribution.put(Integer.parseInt(n), c.amount(n, true));
            }
        });
        List<PremiumGroup> groups = p.map("groups", g -> {
            g.allow("id", "categories", "share", "shareByYear", "fixed", "fund", "remainderFund", "source", "unconfirmed", "note");
            Map<Integer, Param> byYear = new HashMap<>();
            if (g.has("shareByYear")) {
                Node y = g.child("shareByYear");
                y.json.fieldNames().forEachRemaining(n -> {
                    if (!Set.of("source", "unconfirmed", "note", "label").contains(n)) {
                        if (!n.matches("\\d{4}")) {
                            throw y.fail(n, "is not a year");
                        }
                        byYear.put(Integer.parseInt(n), y.rate(n, true));
                    }
                });
            }
            Param share = g.rate("share", false);
            Param fixed = g.amount("fixed", false);
            if (share == null && fixed == null && byYear.isEmpty()) {
                throw g.fail("share", "give share, shareByYear or fixed");
            }
            Fund fund = g.enumValue("fund", Fund.class, "fund");
            if (fund == null) {
                throw g.fail("fund", "is missing (ASSISTANCE or COUNTY)");
            }
            return new PremiumGroup(g.text("id"), g.enums("categories", Category.class, "category"), share, byYear, fixed,
                    fund, g.enumValue("remainderFund", Fund.class, "fund"), g.source);
        });
        return new PremiumRules(fromYear, toYear, contribution, groups, p.source);
    }

    private static FlagRule flag(Node f) {
        f.allow("code", "kind", "categories", "amount", "share", "source", "unconfirmed", "note");
        FlagRule.Kind kind = f.enumValue("kind", FlagRule.Kind.class, "flag kind");
        if (kind == null) {
            throw f.fail("kind", "is missing");
        }
        return new FlagRule(f.text("code"), kind, f.enums("categories", Category.class, "category"),
                f.amount("amount", false), f.rate("share", false), f.text("source"));
    }

    private static Set<Category> named(BasicRules basic, List<Track> ci, List<Track> assistance, ReAssistanceRules re,
            HospitalWaiver waiver, Fallback fallback, PremiumRules premium, List<FlagRule> flags) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        basic.tilts().forEach(t -> out.addAll(t.categories()));
        List<Track> all = new ArrayList<>(ci);
        all.addAll(assistance);
        all.addAll(re.tracks());
        all.forEach(t -> t.groups().forEach(g -> out.addAll(g.categories())));
        if (re.topUp() != null) {
            out.addAll(re.topUp().categories());
        }
        if (waiver != null) {
            out.addAll(waiver.categories());
        }
        if (fallback != null) {
            out.addAll(fallback.categories());
        }
        if (premium != null) {
            premium.groups().forEach(g -> out.addAll(g.categories()));
        }
        flags.stream().filter(f -> f.kind() == FlagRule.Kind.HOLDS_CATEGORY).forEach(f -> out.addAll(f.categories()));
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static BigDecimal value(Param p) {
        return p == null ? null : p.value();
    }
}
