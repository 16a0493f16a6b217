package org.medaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.medaid.calc.BillResult;
import org.medaid.calc.CalculationException;
import org.medaid.calc.Calculator;
import org.medaid.calc.CaseResult;
import org.medaid.calc.FlagNote;
import org.medaid.calc.Line;
import org.medaid.calc.PremiumResult;
import org.medaid.calc.Tier;
import org.medaid.policy.PolicyRegistry;

/**
 * Runs the hand-worked cases of src/test/resources/cases/POLICY-ID/*.yaml: each file holds a case file
 * ({@code case}), the amounts worked out by hand from the document ({@code expect}) or the error the input
 * must give ({@code expectError}), and the clause it checks with the arithmetic ({@code clause}, {@code why}).
 * Every expected bill must state all six tiers and selfPay, so no amount goes unchecked.
 */
class HandWorkedCasesTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Calculator CALCULATOR = new Calculator(PolicyRegistry.bundled());
    private static final Set<String> CASE_FIELDS = Set.of("title", "clause", "why", "case", "expect", "expectError");
    private static final Set<String> BILL_FIELDS = Set.of("id", "policy", "basic", "criticalIllness", "assistance",
            "reAssistance", "hospitalReduction", "fallback", "selfPay", "flags", "unconfirmed", "lines",
            "reAssistanceEntitled", "reAssistanceCarried", "computed", "wouldPay", "supplementaryInsurance");
    private static final Set<String> PREMIUM_FIELDS = Set.of("year", "policy", "contribution", "subsidy", "assistanceFund",
            "countyBudget", "personPays", "unconfirmed");

    @TestFactory
    Stream<DynamicNode> handWorkedCases() {
        return PolicyRegistry.BUNDLED.stream().map(id -> DynamicContainer.dynamicContainer(id,
                files(id).stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), f.toUri(), () -> run(id, f)))));
    }

    @Test
    void everyPolicyHasAtLeastSixCasesEachNamingItsClause() throws IOException {
        for (String id : PolicyRegistry.BUNDLED) {
            List<Path> files = files(id);
            assertTrue(files.size() >= 6, id + " has " + files.size() + " hand-worked cases, at least 6 are required");
            for (Path f : files) {
                JsonNode t = YAML.readTree(f.toFile());
                assertFalse(t.path("clause").asText().isBlank(), f + ": clause is missing");
                assertFalse(t.path("why").asText().isBlank(), f + ": why (the hand arithmetic) is missing");
            }
        }
    }

    /** The case files of a policy; none when the folder is missing (the count test then fails). */
    static List<Path> files(String policyId) {
        var url = HandWorkedCasesTest.class.getResource("/cases/" + policyId);
        if (url == null) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
            return s.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.(ya?ml|json)")).sorted().toList();
        } catch (URISyntaxException | IOException e) {
            throw new AssertionError("cannot list the hand-worked cases of " + policyId, e);
        }
    }

    private static void run(String policyId, Path file) throws IOException {
        JsonNode t = YAML.readTree(file.toFile());
        t.fieldNames().forEachRemaining(n -> assertTrue(CASE_FIELDS.contains(n), file + ": unknown field " + n));
        String caseJson = JSON.writeValueAsString(t.get("case"));
        if (t.has("expectError")) {
            String expected = t.get("expectError").asText();
            try {
                CALCULATOR.calculate(CaseReader.read(caseJson));
            } catch (InputException | CalculationException e) {
                assertTrue(e.getMessage().contains(expected), "message '" + e.getMessage() + "' lacks '" + expected + "'");
                return;
            }
            fail("expected an error containing '" + expected + "'");
        }
        CaseResult result = CALCULATOR.calculate(CaseReader.read(caseJson));
        JsonNode expect = t.get("expect");
        assertNotNull(expect, "expect is missing");
        JsonNode bills = expect.path("bills");
        assertEquals(bills.size(), result.bills().size(), "number of bills");
        for (int i = 0; i < bills.size(); i++) {
            checkBill(policyId, bills.get(i), result.bills().get(i));
        }
        boolean premiumAsked = t.get("case").hasNonNull("premium");
        assertEquals(premiumAsked, expect.has("premium"), "a premium asked for must be expected, and only then");
        if (premiumAsked) {
            checkPremium(policyId, expect.get("premium"), result.premium());
        }
    }

    private static void checkBill(String policyId, JsonNode e, BillResult r) {
        e.fieldNames().forEachRemaining(n -> assertTrue(BILL_FIELDS.contains(n), "unknown expected field " + n));
        String at = "bill " + r.id() + ": ";
        assertEquals(e.path("id").asText(), r.id(), "bill order");
        assertEquals(e.has("policy") ? e.get("policy").asText() : policyId, r.policy(), at + "policy");
        for (Tier tier : Tier.values()) {
            if (tier == Tier.supplementaryInsurance && !e.has(tier.name())) {
                // Only the two policies that name a supplementary insurance pay one (POLICY-NOTES §7.4).
                assertEquals(0, r.paid(tier).signum(), at + "supplementaryInsurance paid but not expected");
                continue;
            }
            amount(at + tier, e, tier.name(), r.paid(tier));
        }
        if (e.has("wouldPay")) {
            amount(at + "wouldPay", e, "wouldPay", r.wouldPay());
        }
        JsonNode computed = e.path("computed");
        assertEquals(computed.size(), r.computed().size(), at + "tiers with a policy figure beside the hospital's: " + r.computed());
        computed.fieldNames().forEachRemaining(t -> {
            BigDecimal actual = r.computed().get(Tier.valueOf(t));
            assertNotNull(actual, at + "no policy figure for " + t);
            amount(at + "computed " + t, computed, t, actual);
        });
        amount(at + "selfPay", e, "selfPay", r.selfPay());
        if (e.has("reAssistanceEntitled")) {
            amount(at + "reAssistanceEntitled", e, "reAssistanceEntitled", r.reAssistanceEntitled());
        }
        if (e.has("reAssistanceCarried")) {
            amount(at + "reAssistanceCarried", e, "reAssistanceCarried", r.reAssistanceCarried());
        }
        if (e.has("flags")) {
            assertEquals(texts(e.get("flags")), r.flags().stream().map(FlagNote::code).collect(Collectors.toCollection(TreeSet::new)),
                    at + "flags");
        }
        if (e.has("unconfirmed")) {
            assertEquals(texts(e.get("unconfirmed")), new TreeSet<>(r.unconfirmed()), at + "unconfirmed parameters used");
        }
        for (JsonNode want : e.path("lines")) {
            List<String> lines = r.lines().stream().map(Line::text).toList();
            assertTrue(lines.stream().anyMatch(l -> l.contains(want.asText())), at + "no line contains '" + want.asText()
                    + "' in " + lines);
        }
    }

    private static void checkPremium(String policyId, JsonNode e, PremiumResult p) {
        assertNotNull(p, "premium");
        e.fieldNames().forEachRemaining(n -> assertTrue(PREMIUM_FIELDS.contains(n), "unknown expected premium field " + n));
        assertEquals(e.has("policy") ? e.get("policy").asText() : policyId, p.policy(), "premium policy");
        if (e.has("year")) {
            assertEquals(e.get("year").asInt(), p.year(), "premium year");
        }
        amount("premium contribution", e, "contribution", p.contribution());
        amount("premium subsidy", e, "subsidy", p.subsidy());
        amount("premium assistanceFund", e, "assistanceFund", p.assistanceFund());
        amount("premium countyBudget", e, "countyBudget", p.countyBudget());
        amount("premium personPays", e, "personPays", p.personPays());
        if (e.has("unconfirmed")) {
            assertEquals(texts(e.get("unconfirmed")), new TreeSet<>(p.unconfirmed()), "premium unconfirmed parameters used");
        }
    }

    private static void amount(String what, JsonNode e, String field, BigDecimal actual) {
        assertTrue(e.hasNonNull(field), what + ": the expectation must state it");
        BigDecimal expected = new BigDecimal(e.get(field).asText());
        assertEquals(0, expected.compareTo(actual), what + ": expected " + expected.toPlainString() + " but was "
                + actual.toPlainString());
        assertEquals(2, actual.scale(), what + ": two decimals");
    }

    private static TreeSet<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(x -> out.add(x.asText()));
        return new TreeSet<>(out);
    }
}
