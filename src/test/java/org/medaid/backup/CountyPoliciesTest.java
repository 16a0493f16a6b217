package org.medaid.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medaid.calc.BillResult;
import org.medaid.calc.Calculator;
import org.medaid.calc.Tier;
import org.medaid.model.Bill;
import org.medaid.model.BillKind;
import org.medaid.model.CaseFile;
import org.medaid.model.Category;
import org.medaid.model.CategorySpan;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Insurance;
import org.medaid.model.Location;
import org.medaid.model.Person;
import org.medaid.policy.Param;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;

class CountyPoliciesTest {

    private static final String CONFIRMED = "县医保局确认 2026-11-23";
    /** 临沂 2022, inpatient at a county hospital, resident insurance: a default rate of 75%. */
    private static final String COUNTY_RATE = "basic.table[1].rate";

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"shaoyang-2019", "shaoyang-2021", "chaozhou-2021", "linyi-2022", "guangxi-2022"})
    void confirmingEveryDefaultLeavesNothingMarkedAndChangesNoFigure(String id) {
        Policy bundled = PolicyRegistry.bundled().byId(id).orElseThrow();
        assertFalse(bundled.unconfirmed().isEmpty(), "every bundled policy has figures to confirm");
        CountyPolicies county = new CountyPolicies(data);
        county.confirm(bundled, county.reviewable(bundled).stream().map(p -> FigureDecision.confirmDefault(p.name())).toList(),
                CONFIRMED);
        Policy copy = county.registry().byId(id).orElseThrow();
        assertEquals(List.of(), copy.unconfirmed());
        for (Param p : bundled.parameters()) {
            Param q = copy.parameters().stream().filter(x -> x.name().equals(p.name())).findFirst().orElseThrow();
            assertEquals(p.value() == null, q.value() == null, p.name());
            if (p.value() != null) {
                assertEquals(0, p.value().compareTo(q.value()), p.name());
            }
        }
    }

    @Test
    void aConfirmedFigureCarriesTheConfirmationAfterItsClause() {
        Policy linyi = PolicyRegistry.bundled().byId("linyi-2022").orElseThrow();
        CountyPolicies county = new CountyPolicies(data);
        county.confirm(linyi, List.of(FigureDecision.setTo(COUNTY_RATE, new BigDecimal("0.80"))), CONFIRMED);
        Param rate = param(county.registry().byId("linyi-2022").orElseThrow(), COUNTY_RATE);
        assertFalse(rate.unconfirmed());
        assertEquals(0, new BigDecimal("0.80").compareTo(rate.value()));
        assertTrue(rate.source().startsWith("基本医保待遇（文件未列明）"), rate.source());
        assertTrue(rate.source().endsWith("；" + CONFIRMED), rate.source());
    }

    @Test
    void figuresLeftMarkedStayMarked() {
        Policy linyi = PolicyRegistry.bundled().byId("linyi-2022").orElseThrow();
        CountyPolicies county = new CountyPolicies(data);
        county.confirm(linyi, List.of(FigureDecision.confirmDefault(COUNTY_RATE)), CONFIRMED);
        Policy copy = county.registry().byId("linyi-2022").orElseThrow();
        assertEquals(county.reviewable(linyi).size() - 1, county.reviewable(copy).size());
        assertTrue(param(copy, "basic.table[0].rate").unconfirmed());
    }

    @Test
    void theCalculatorUsesTheCountysFigureWithoutARebuild() {
        Bill bill = new Bill("b1", null, BillKind.INPATIENT, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 9),
                HospitalLevel.COUNTY, Location.IN_COUNTY, false, null, false, new BigDecimal("10500.00"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null, null);
        CaseFile c = new CaseFile(new Person("371302", Insurance.RESIDENT,
                List.of(new CategorySpan(Category.MINIMUM_LIVING, LocalDate.of(2022, 5, 10), null))), List.of(bill), null);
        BillResult before = new Calculator(PolicyRegistry.bundled()).calculate(c).bills().get(0);
        assertTrue(before.unconfirmed().contains(COUNTY_RATE));
        CountyPolicies county = new CountyPolicies(data);
        county.confirm(PolicyRegistry.bundled().byId("linyi-2022").orElseThrow(),
                List.of(FigureDecision.setTo(COUNTY_RATE, new BigDecimal("0.80"))), CONFIRMED);
        BillResult after = new Calculator(county.registry()).calculate(c).bills().get(0);
        // (10,500 − 500 deductible) × 80% instead of × 75%
        assertEquals(new BigDecimal("7500.00"), before.paid(Tier.basic));
        assertEquals(new BigDecimal("8000.00"), after.paid(Tier.basic));
        assertFalse(after.unconfirmed().contains(COUNTY_RATE));
    }

    @Test
    void aSecondConfirmationBuildsOnTheFirst() {
        Policy linyi = PolicyRegistry.bundled().byId("linyi-2022").orElseThrow();
        CountyPolicies county = new CountyPolicies(data);
        county.confirm(linyi, List.of(FigureDecision.setTo(COUNTY_RATE, new BigDecimal("0.80"))), CONFIRMED);
        Policy first = county.registry().byId("linyi-2022").orElseThrow();
        county.confirm(first, List.of(FigureDecision.confirmDefault("basic.table[0].rate")), CONFIRMED);
        Policy second = county.registry().byId("linyi-2022").orElseThrow();
        assertEquals(0, new BigDecimal("0.80").compareTo(param(second, COUNTY_RATE).value()));
        assertFalse(param(second, "basic.table[0].rate").unconfirmed());
    }

    @Test
    void anUnknownFigureIsRefusedAndNothingIsWritten() {
        Policy linyi = PolicyRegistry.bundled().byId("linyi-2022").orElseThrow();
        CountyPolicies county = new CountyPolicies(data);
        assertThrows(IllegalArgumentException.class,
                () -> county.confirm(linyi, List.of(FigureDecision.confirmDefault("basic.nothing")), CONFIRMED));
        assertFalse(Files.exists(county.file("linyi-2022")));
    }

    private static Param param(Policy p, String name) {
        return p.parameters().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }
}
