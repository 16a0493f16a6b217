package org.medaid.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medaid.identity.IdCheck;
import org.medaid.identity.IdNumbers;
import org.medaid.identity.PolicyArea;
import org.medaid.identity.RegionCodes;
import org.medaid.model.Category;

class SampleGeneratorTest {

    @ParameterizedTest
    @EnumSource(PolicyArea.class)
    void everyIdNumberIsValidAndOfTheArea(PolicyArea area) {
        List<SamplePerson> people = SampleGenerator.generate(area);
        assertTrue(people.size() >= SampleGenerator.MIN_PEOPLE, "" + people.size());
        for (SamplePerson s : people) {
            IdCheck check = IdNumbers.checkInRegions(s.person().idNumber(), SampleGenerator.AS_OF, RegionCodes.bundled());
            assertTrue(check.valid(), s.person().idNumber() + " " + check.problem());
            assertTrue(check.regionCode().startsWith(area.prefix()));
            assertEquals(check.birthDate(), s.person().birthDate());
        }
        assertEquals(people.size(), people.stream().map(s -> s.person().idNumber()).distinct().count());
    }

    @ParameterizedTest
    @EnumSource(PolicyArea.class)
    void everyCategoryTheAreasPoliciesNameIsHeldBySomeone(PolicyArea area) {
        Set<Category> held = EnumSet.noneOf(Category.class);
        SampleGenerator.generate(area).forEach(s -> s.categories().forEach(k -> held.add(k.code())));
        Set<Category> named = SampleTownship.of(area).categories();
        assertFalse(named.isEmpty());
        assertEquals(named, held);
    }

    @ParameterizedTest
    @EnumSource(PolicyArea.class)
    void everyMemberBelongsToAHeadOfTheSameTownship(PolicyArea area) {
        List<SamplePerson> people = SampleGenerator.generate(area);
        Map<String, SamplePerson> byId = people.stream().collect(Collectors.toMap(s -> s.person().idNumber(), Function.identity()));
        for (SamplePerson s : people) {
            SamplePerson head = byId.get(s.headIdNumber());
            assertTrue(head != null && head.isHead(), s.person().name());
            assertEquals(head.person().village(), s.person().village());
        }
        assertTrue(people.stream().filter(s -> !s.isHead()).count() > 50);
    }

    @ParameterizedTest
    @EnumSource(PolicyArea.class)
    void generationIsDeterministic(PolicyArea area) {
        assertEquals(SampleGenerator.generate(area), SampleGenerator.generate(area));
    }

    @ParameterizedTest
    @EnumSource(PolicyArea.class)
    void theCommittedSampleFilesAreWhatTheGeneratorWrites(PolicyArea area) throws Exception {
        Path folder = Path.of("samples", "townships", area.id());
        List<SamplePerson> people = SampleGenerator.generate(area);
        assertEquals("\uFEFF" + SampleFiles.people(SampleTownship.of(area), people),
                Files.readString(folder.resolve("people.csv"), StandardCharsets.UTF_8));
        assertEquals("\uFEFF" + SampleFiles.categories(people),
                Files.readString(folder.resolve("categories.csv"), StandardCharsets.UTF_8));
    }
}
