package org.medaid.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.medaid.calc.BillResult;
import org.medaid.calc.CaseResult;
import org.medaid.calc.FlagNote;
import org.medaid.calc.Line;
import org.medaid.calc.PremiumResult;
import org.medaid.calc.Tier;
import org.medaid.calc.TrackStatus;

/** Writes a {@link CaseResult} as the JSON of docs/case-file.md: every amount a string with two decimals. */
public final class ResultWriter {

    /** Nodes only: the tree is written by {@link #write(JsonGenerator, JsonNode)}, no ObjectMapper (ADR 0080). */
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final JsonFactory FACTORY = new JsonFactory();

    private ResultWriter() {
    }

    public static String write(CaseResult result) {
        ObjectNode root = JSON.objectNode();
        ArrayNode bills = root.putArray("bills");
        for (BillResult b : result.bills()) {
            bills.add(bill(b));
        }
        if (result.premium() != null) {
            root.set("premium", premium(result.premium()));
        }
        StringWriter out = new StringWriter(8192);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            // the text an ObjectMapper with INDENT_OUTPUT wrote (samples/expected), without its serializers, found by
            // reflection in each new JVM: the class archive never held them, the calc verb paid for them every run
            g.useDefaultPrettyPrinter();
            write(g, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, JsonNode n) throws IOException {
        switch (n.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (var field : n.properties()) {
                    g.writeFieldName(field.getKey());
                    write(g, field.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode item : n) {
                    write(g, item);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(n.textValue());
            case NUMBER -> {
                if (n.isInt()) {
                    g.writeNumber(n.intValue());
                } else if (n.isLong()) {
                    g.writeNumber(n.longValue());
                } else {
                    g.writeNumber(n.decimalValue());
                }
            }
            case BOOLEAN -> g.writeBoolean(n.booleanValue());
            case NULL -> g.writeNull();
            default -> throw new IllegalStateException("a result holds no " + n.getNodeType() + " node");
        }
    }

    private static ObjectNode bill(BillResult b) {
        ObjectNode n = JSON.objectNode();
        n.put("id", b.id());
        n.put("policy", b.policy());
        n.put("year", b.year());
        n.put("total", money(b.total()));
        n.put("compliant", money(b.compliant()));
        for (Tier t : Tier.values()) {
            n.put(t.name(), money(b.paid(t)));
        }
        n.put("selfPay", money(b.selfPay()));
        if (!b.computed().isEmpty()) {
            // POLICY-NOTES §8: the policy's own figure beside what the hospital settled one-stop.
            ObjectNode computed = n.putObject("computed");
            b.computed().forEach((t, v) -> computed.put(t.name(), money(v)));
        }
        if (b.wouldPay().signum() > 0) {
            n.put("wouldPay", money(b.wouldPay()));
        }
        ArrayNode lines = n.putArray("lines");
        for (Line l : b.lines()) {
            ObjectNode ln = lines.addObject();
            ln.put("tier", l.tier());
            ln.put("text", l.text());
            ln.put("source", l.source());
        }
        ArrayNode unconfirmed = n.putArray("unconfirmed");
        b.unconfirmed().forEach(unconfirmed::add);
        ArrayNode labels = n.putArray("unconfirmedLabels");
        b.unconfirmedLabels().forEach(labels::add);
        ArrayNode flags = n.putArray("flags");
        b.flags().forEach(f -> flags.add(f.code()));
        ArrayNode details = n.putArray("flagDetails");
        for (FlagNote f : b.flags()) {
            details.addObject().put("code", f.code()).put("text", f.text()).put("source", f.source());
        }
        ObjectNode ytd = n.putObject("yearToDate");
        for (Tier t : Tier.values()) {
            ytd.put(t.name(), money(b.yearToDate().get(t)));
        }
        ytd.put("selfPay", money(b.yearSelfPay()));
        ytd.put("reAssistanceEntitled", money(b.reAssistanceEntitled()));
        ytd.put("reAssistanceCarried", money(b.reAssistanceCarried()));
        ArrayNode tracks = n.putArray("tracks");
        for (TrackStatus s : b.tracks()) {
            ObjectNode tn = tracks.addObject();
            tn.put("tier", s.tier()).put("track", s.track()).put("group", s.group());
            tn.put("base", money(s.base())).put("paid", money(s.paid()));
            tn.put("deductibleLeft", money(s.deductibleLeft()));
            tn.put("capLeft", s.capLeft() == null ? null : money(s.capLeft()));
        }
        return n;
    }

    private static ObjectNode premium(PremiumResult p) {
        ObjectNode n = JSON.objectNode();
        n.put("year", p.year());
        n.put("policy", p.policy());
        n.put("contribution", money(p.contribution()));
        n.put("subsidy", money(p.subsidy()));
        n.put("assistanceFund", money(p.assistanceFund()));
        n.put("countyBudget", money(p.countyBudget()));
        n.put("personPays", money(p.personPays()));
        ArrayNode lines = n.putArray("lines");
        p.lines().forEach(l -> lines.addObject().put("text", l.text()).put("source", l.source()));
        ArrayNode unconfirmed = n.putArray("unconfirmed");
        p.unconfirmed().forEach(unconfirmed::add);
        return n;
    }

    static String money(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
