package org.medaid.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCodesTest {

    private final RegionCodes regions = RegionCodes.bundled();

    @ParameterizedTest
    @CsvSource(textBlock = """
            430524, 邵阳市隆回县
            430582, 邵阳市邵东市
            445122, 潮州市饶平县
            371324, 临沂市兰陵县
            450181, 南宁市横州市
            451481, 崇左市凭祥市
            """)
    void countiesAreNamedWithTheirCity(String code, String fullName) {
        assertEquals(fullName, regions.displayName(code));
    }

    @Test
    void retiredShaodongCountyIsStillKnownAndPointsToTheCity() {
        Region r = regions.find("430521").orElseThrow();
        assertTrue(r.retired());
        assertEquals("邵阳市邵东县", r.fullName());
        assertEquals("430582", regions.current("430521"));
    }

    @Test
    void anIdIssuedUnderARetiredCodeStaysValid() {
        String first17 = "43052119800101001";
        IdCheck check = IdNumbers.checkInRegions(first17 + IdNumbers.checkChar(first17), LocalDate.of(2024, 1, 1), regions);
        assertTrue(check.valid(), () -> String.valueOf(check.problem()));
        assertEquals("430521", check.regionCode());
    }

    @ParameterizedTest
    @CsvSource({"999999", "430599", "4305", "43052a"})
    void codesOutsideGbt2260AreUnknown(String code) {
        assertFalse(regions.known(code));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            110105, 北京市朝阳区
            440305, 深圳市南山区
            500101, 重庆市万州区
            """)
    void countiesOutsideThePolicyRegionsAreKnownWithTheirNames(String code, String fullName) {
        assertTrue(regions.known(code));
        assertEquals(fullName, regions.displayName(code));
    }

    @Test
    void everySuccessorIsKnownAndEveryRetiredCodeHasAnEnd() {
        for (Region r : regions.all()) {
            if (r.successor() != null) {
                assertTrue(regions.known(r.successor()), r.code() + " → " + r.successor());
                assertTrue(r.retired(), r.code() + " has a successor but no end");
            }
            assertEquals(r.retired(), r.until() != null, r.code());
        }
    }

    @Test
    void aCodeRetiredWithinTheListsCarriesTheMonthItLeft() {
        Region chaoan = regions.find("445121").orElseThrow();
        assertTrue(chaoan.retired());
        assertEquals("1991-12", chaoan.since());
        assertEquals("2013-12", chaoan.until());
        assertEquals("445103", chaoan.successor());
        assertEquals("潮州市潮安县", chaoan.fullName());
    }

    @Test
    void theWholeCountryIsListed() {
        long current = regions.all().stream().filter(r -> !r.retired() && r.county()).count();
        assertTrue(current > 2800, "current county-level codes: " + current);
        assertTrue(regions.all().stream().filter(Region::retired).count() > 3000);
    }

    @Test
    void guangxiHasAllFourteenCities() {
        long cities = regions.all().stream()
                .filter(r -> r.code().startsWith("45") && r.code().endsWith("00") && !r.code().endsWith("0000") && !r.retired())
                .count();
        assertEquals(14, cities);
    }
}
