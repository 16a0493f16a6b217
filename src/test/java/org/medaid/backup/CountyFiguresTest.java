package org.medaid.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.calc.Calculator;
import org.medaid.calc.MissingFigureException;
import org.medaid.calc.PremiumResult;
import org.medaid.model.Category;
import org.medaid.model.CategorySpan;
import org.medaid.model.Insurance;
import org.medaid.model.Person;
import org.medaid.model.PremiumRequest;
import org.medaid.policy.Param;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyException;
import org.medaid.policy.PolicyRegistry;

/** The county's figures as a layer over the bundled policies (ADR 0036). */
class CountyFiguresTest {

    private static final Person LINYI = new Person("371302", Insurance.RESIDENT,
            List.of(new CategorySpan(Category.EXTREME_POOR, LocalDate.of(2020, 1, 1), null)));
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-02T08:00:00+08:00");

    @TempDir
    Path data;

    @Test
    void aMissingContributionIsAChineseMessageSayingWhereToEnterIt() {
        MissingFigureException e = assertThrows(MissingFigureException.class,
                () -> new Calculator(new CountyFigures(data).registry()).calculate(
                        new org.medaid.model.CaseFile(LINYI, List.of(), new PremiumRequest(2026, null, LocalDate.of(2025, 10, 1)))));
        assertTrue(e.getMessage().contains("2026年度") && e.getMessage().contains("设置 › 县级参数"), e.getMessage());
        assertEquals("premium.contribution.2026", e.figure());
    }

    @Test
    void aFigureSetOnTheDeskIsUsedByTheNextComputation() {
        CountyFigures layer = new CountyFigures(data);
        layer.set(new CountyFigure("linyi-2022", "premium.contribution.2026", new BigDecimal("400"), "管理员 admin", AT,
                "临医保发〔2025〕20号"));

        PremiumResult r = new PremiumCalculatorProbe(layer.registry()).premium(2026);
        assertEquals(new BigDecimal("400.00"), r.contribution());
        assertEquals(new BigDecimal("400.00"), r.subsidy(), "特困人员: full");
        assertTrue(r.unconfirmed().isEmpty(), "the county's figure is confirmed: " + r.unconfirmed());
        Param p = layer.registry().byId("linyi-2022").orElseThrow().premium().contribution().get(2026);
        assertTrue(p.source().contains("临医保发〔2025〕20号") && p.source().contains("管理员 admin"), p.source());
    }

    @Test
    void theLayerHoldsOnlyWhatTheCountySetSoANewBundledFileShowsThrough() throws IOException {
        CountyFigures layer = new CountyFigures(data);
        layer.set(new CountyFigure("shaoyang-2021", "flags[0].amount", new BigDecimal("31000"), "管理员 admin", AT,
                "邵阳市2025年统计公报"));
        layer.set(new CountyFigure("shaoyang-2021", "flags[0].amount", new BigDecimal("32000"), "管理员 admin", AT,
                "邵阳市2025年统计公报（修正）"));
        String file = Files.readString(layer.file());
        assertFalse(file.contains("criticalIllness"), "no copy of the policy, only the figure:\n" + file);
        assertEquals(1, layer.all().size(), "a figure set again replaces the county's earlier value");

        // Every figure the county did not set is the bundled file's: a corrected bundled file is never hidden.
        Policy bundled = PolicyRegistry.bundled().byId("shaoyang-2021").orElseThrow();
        Policy layered = layer.registry().byId("shaoyang-2021").orElseThrow();
        for (Param b : bundled.parameters()) {
            Param l = layered.parameters().stream().filter(x -> x.name().equals(b.name())).findFirst().orElseThrow();
            if (!b.name().equals("flags[0].amount")) {
                assertEquals(b, l, b.name());
            } else {
                assertEquals(0, new BigDecimal("32000").compareTo(l.value()));
                assertFalse(l.unconfirmed());
                assertEquals(b.label(), l.label(), "the label stays the bundled file's");
            }
        }
    }

    @Test
    void aFigureTheBundledPolicyHasNoPlaceForIsRefused() {
        CountyFigures layer = new CountyFigures(data);
        assertThrows(PolicyException.class, () -> layer.set(new CountyFigure("linyi-2022", "nothing.here.cap",
                new BigDecimal("1"), "管理员 admin", AT, "x")));
        assertFalse(Files.exists(layer.file()), "nothing half-written");
    }

    /** The premium of {@link #LINYI} for an insurance year under a registry. */
    private record PremiumCalculatorProbe(PolicyRegistry registry) {
        PremiumResult premium(int year) {
            return new org.medaid.calc.PremiumCalculator(registry).calculate(LINYI,
                    new PremiumRequest(year, null, LocalDate.of(year - 1, 10, 1)));
        }
    }

    /**
     * {@code coverage.required} (ADR 0092) is not a figure: it travels with the bundled file under the county's figures,
     * and a policy file of the county's own (a new id) must carry it or is refused by field.
     */
    @Test
    void theInsuranceConditionTravelsWithTheBundledFileAndACountysOwnFileMustCarryIt() throws IOException {
        CountyFigures layer = new CountyFigures(data);
        layer.set(new CountyFigure("linyi-2022", "premium.contribution.2026", new BigDecimal("400"), "管理员 admin", AT,
                "临医保发〔2025〕20号"));
        assertEquals(PolicyRegistry.bundled().byId("linyi-2022").orElseThrow().extras().insuranceRequired(),
                layer.registry().byId("linyi-2022").orElseThrow().extras().insuranceRequired());

        String own;
        try (var in = CountyFiguresTest.class.getResourceAsStream("/org/medaid/policies/shaoyang-2021.yaml")) {
            own = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        own = own.replace("id: shaoyang-2021", "id: shaoyang-2026").replaceAll("(?s)\n  required:.*?\n\n", "\n\n");
        Path folder = CountyPolicies.folder(data);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("shaoyang-2026.yaml"), own);
        PolicyException e = assertThrows(PolicyException.class, layer::registry);
        assertEquals("shaoyang-2026.yaml", e.file());
        assertEquals("coverage.required", e.field());
    }
}
