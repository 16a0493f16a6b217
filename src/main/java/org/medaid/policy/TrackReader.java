package org.medaid.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medaid.model.BillKind;
import org.medaid.model.Category;
import org.medaid.model.Insurance;
import org.medaid.model.Location;

/** Reads the tracks and groups of a tier, resolving groups defined relative to another group. */
final class TrackReader {

    private TrackReader() {
    }

    static List<Track> tracks(Node tier) {
        tier.allow("tracks", "source", "unconfirmed", "note");
        List<Track> out = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Node t : tier.list("tracks")) {
            t.allow("id", "kinds", "outpatientDiseases", "groups", "source", "unconfirmed", "note");
            String id = t.text("id");
            if (!ids.add(id)) {
                throw t.fail("id", "track '" + id + "' is defined twice");
            }
            Set<BillKind> kinds = t.enums("kinds", BillKind.class, "bill kind");
            if (kinds.isEmpty()) {
                throw t.fail("kinds", "is missing: name the bill kinds this track covers");
            }
            for (Track other : out) {
                for (BillKind k : kinds) {
                    if (other.kinds().contains(k)) {
                        throw t.fail("kinds", k + " is already covered by track '" + other.id() + "'");
                    }
                }
            }
            out.add(new Track(id, kinds, new java.util.LinkedHashSet<>(t.texts("outpatientDiseases")), groups(t)));
        }
        return out;
    }

    private static List<Group> groups(Node track) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Node g : track.list("groups")) {
            String id = g.text("id");
            if (nodes.put(id, g) != null) {
                throw g.fail("id", "group '" + id + "' is defined twice");
            }
        }
        if (nodes.isEmpty()) {
            throw track.fail("groups", "is missing");
        }
        Map<String, Group> done = new LinkedHashMap<>();
        for (Node g : nodes.values()) {
            group(g, nodes, done);
        }
        List<Group> ordered = new ArrayList<>();
        nodes.keySet().forEach(id -> ordered.add(done.get(id)));
        return ordered;
    }

    private static Group group(Node g, Map<String, Node> nodes, Map<String, Group> done) {
        String id = g.text("id");
        if (done.containsKey(id)) {
            return done.get(id);
        }
        g.allow("id", "categories", "requires", "insurance", "onApplication", "requiresApplication", "deductible", "segments",
                "cap", "locationRates", "base", "deductibleFactor", "rateBonus", "source", "unconfirmed", "note");
        Set<Category> cats = g.enums("categories", Category.class, "category");
        Insurance ins = g.enumValue("insurance", Insurance.class, "insurance");
        Schedule schedule;
        if (g.has("base")) {
            String baseId = g.text("base");
            Node baseNode = nodes.get(baseId);
            if (baseNode == null || baseId.equals(id)) {
                throw g.fail("base", "no other group '" + baseId + "' in this track");
            }
            done.put(id, null);
            Group base = group(baseNode, nodes, done);
            if (base == null) {
                throw g.fail("base", "groups refer to each other in a circle");
            }
            schedule = relative(g, base.schedule());
        } else {
            Param ded = g.amount("deductible", true);
            if (!ded.isSet()) {
                throw g.fail("deductible", "must be a number (0 for none)");
            }
            schedule = new Schedule(ded, segments(g, ded), g.amount("cap", true), locationRates(g));
        }
        Group group = new Group(id, cats, g.enums("requires", Category.class, "category"), ins, g.bool("onApplication"), g.bool("requiresApplication"), schedule, g.source);
        done.put(id, group);
        return group;
    }

    /** 起付线降低50%、报销比例提高5个百分点: a schedule derived from the base group's. */
    private static Schedule relative(Node g, Schedule base) {
        Param factor = g.rate("deductibleFactor", false);
        Param bonus = g.rate("rateBonus", false);
        Param ded = base.deductible();
        if (factor != null) {
            ded = new Param(g.join("deductible"), ded.value().multiply(factor.value()), g.source,
                    ded.unconfirmed() || factor.unconfirmed(), ded.unconfirmed() ? ded.note() : factor.note(),
                    g.labelFor("deductible"));
            g.collected.add(ded);
        }
        List<Segment> segs = new ArrayList<>();
        int i = 0;
        for (Segment s : base.segments()) {
            Param rate = s.rate();
            if (bonus != null) {
                BigDecimal v = rate.value().add(bonus.value());
                if (v.compareTo(BigDecimal.ONE) > 0) {
                    throw g.fail("rateBonus", "makes a rate above 100%");
                }
                ParamLabels.Context at = base.segments().size() > 1 ? g.labels.segment(i) : g.labels;
                rate = new Param(g.join("segments[" + i + "].rate"), v, g.source, rate.unconfirmed() || bonus.unconfirmed(),
                        rate.unconfirmed() ? rate.note() : bonus.note(), at.labelFor("rate"));
                g.collected.add(rate);
            }
            segs.add(new Segment(s.upTo(), rate));
            i++;
        }
        Param cap = g.has("cap") ? g.amount("cap", true) : base.cap();
        return new Schedule(ded, segs, cap, base.locationRates());
    }

    static List<Segment> segments(Node g, Param deductible) {
        List<Node> nodes = g.list("segments");
        if (nodes.isEmpty()) {
            throw g.fail("segments", "is missing: give at least one {rate: …}");
        }
        BigDecimal previous = deductible == null || !deductible.isSet() ? BigDecimal.ZERO : deductible.value();
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node s = nodes.get(i);
            s.allow("upTo", "rate", "source", "unconfirmed", "note");
            Param upTo = s.amount("upTo", false);
            boolean last = i == nodes.size() - 1;
            if (!last && (upTo == null || !upTo.isSet())) {
                throw s.fail("upTo", "only the last segment may be open-ended");
            }
            if (upTo != null && upTo.isSet()) {
                if (upTo.value().compareTo(previous) <= 0) {
                    throw s.fail("upTo", "segments out of order: " + upTo.value().toPlainString()
                            + " is not above " + previous.toPlainString());
                }
                previous = upTo.value();
            }
            out.add(new Segment(upTo, s.rate("rate", true)));
        }
        return out;
    }

    private static Map<Location, Param> locationRates(Node g) {
        if (!g.has("locationRates")) {
            return Map.of();
        }
        Node lr = g.child("locationRates");
        Map<Location, Param> out = new EnumMap<>(Location.class);
        lr.json.fieldNames().forEachRemaining(name -> {
            if (!Set.of("source", "unconfirmed", "note", "label").contains(name)) {
                out.put(lr.parseEnum(name, name, Location.class, "location"), lr.rate(name, true));
            }
        });
        return out;
    }
}
