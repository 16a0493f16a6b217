package org.medaid.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The bundled policy files load with a clause for every figure; malformed files are refused by file, field and reason. */
class PolicyLoaderTest {

    static final java.util.List<String> BUNDLED = PolicyRegistry.BUNDLED;

    static String bundledText(String id) {
        try (InputStream in = PolicyLoaderTest.class.getResourceAsStream("/org/medaid/policies/" + id + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled file with one exact piece of text replaced (the replacement must take place). */
    static String edited(String id, String from, String to) {
        String text = bundledText(id);
        assertTrue(text.contains(from), id + ".yaml no longer contains: " + from);
        return text.replace(from, to);
    }

    static Policy load(String fileName, String text) {
        return PolicyLoader.read(fileName, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static PolicyException refused(String fileName, String text) {
        return assertThrows(PolicyException.class, () -> load(fileName, text));
    }

    @ParameterizedTest
    @FieldSource("BUNDLED")
    void everyBundledFileLoadsWithItsRegionsAndDates(String id) {
        Policy p = load(id + ".yaml", bundledText(id));
        assertEquals(id, p.id());
        assertFalse(p.regions().isEmpty());
        assertFalse(p.document().isBlank());
        assertTrue(p.parameters().size() > 20, id + " reads its figures");
    }

    @ParameterizedTest
    @FieldSource("BUNDLED")
    void everyParameterNamesTheClauseItComesFrom(String id) {
        Policy p = load(id + ".yaml", bundledText(id));
        for (Param param : p.parameters()) {
            assertTrue(param.source() != null && !param.source().isBlank(), param.name() + " has no source");
            assertNotEquals(p.source(), param.source(), param.name() + " only carries the policy's date of effect");
            if (param.unconfirmed() && param.isSet()) {
                assertTrue(param.note() != null && !param.note().isBlank(), param.name() + " is unconfirmed without a note");
            }
        }
    }

    @Test
    void theBundledPoliciesCoverTheirRegionsOnTheirDates() {
        PolicyRegistry r = PolicyRegistry.bundled();
        assertEquals("shaoyang-2019", r.find("430521", LocalDate.of(2021, 8, 31)).orElseThrow().id());
        assertEquals("shaoyang-2021", r.find("430521", LocalDate.of(2021, 9, 1)).orElseThrow().id());
        assertEquals("chaozhou-2021", r.find("445102", LocalDate.of(2021, 9, 7)).orElseThrow().id());
        assertEquals("linyi-2022", r.find("371302", LocalDate.of(2022, 1, 1)).orElseThrow().id());
        assertEquals("guangxi-2022", r.find("450102", LocalDate.of(2025, 12, 31)).orElseThrow().id());
        assertTrue(r.find("450102", LocalDate.of(2026, 1, 1)).isEmpty(), "the Guangxi transition period ends in 2025");
        assertTrue(r.find("445102", LocalDate.of(2021, 9, 6)).isEmpty());
    }

    @Test
    void aRateAboveHundredPercentIsRefused() {
        PolicyException e = refused("linyi-2022.yaml", edited("linyi-2022",
                "          segments: [{rate: 0.70}]\n          cap: 10000", "          segments: [{rate: 1.70}]\n          cap: 10000"));
        assertEquals("linyi-2022.yaml", e.file());
        assertEquals("assistance.tracks[0].groups[1].segments[0].rate", e.field());
        assertTrue(e.reason().contains("1.7 is not a rate between 0 and 100%"), e.reason());
    }

    @Test
    void segmentsOutOfOrderAreRefused() {
        PolicyException e = refused("linyi-2022.yaml", edited("linyi-2022",
                "segments: [{upTo: 100000, rate: 0.65}, {upTo: 200000, rate: 0.70}",
                "segments: [{upTo: 100000, rate: 0.65}, {upTo: 50000, rate: 0.70}"));
        assertEquals("criticalIllness.tracks[0].groups[0].segments[1].upTo", e.field());
        assertTrue(e.reason().contains("segments out of order: 50000 is not above 100000"), e.reason());
    }

    @Test
    void aSegmentBelowTheDeductibleIsRefused() {
        PolicyException e = refused("linyi-2022.yaml", edited("linyi-2022",
                "deductible: 6000\n          segments: [{upTo: 100000", "deductible: 6000\n          segments: [{upTo: 5000"));
        assertEquals("criticalIllness.tracks[0].groups[0].segments[0].upTo", e.field());
    }

    @Test
    void anUnknownCategoryIsRefused() {
        PolicyException e = refused("chaozhou-2021.yaml", edited("chaozhou-2021",
                "categories: [EXTREME_POOR, ORPHAN, DE_FACTO_ORPHAN]", "categories: [EXTREME_POOR, ORPHEN, DE_FACTO_ORPHAN]"));
        assertEquals("chaozhou-2021.yaml", e.file());
        assertEquals("assistance.tracks[0].groups[0].categories", e.field());
        assertTrue(e.reason().contains("unknown category 'ORPHEN'"), e.reason());
    }

    @Test
    void anUnknownFieldIsRefusedSoATypoCannotDropARule() {
        PolicyException e = refused("guangxi-2022.yaml", edited("guangxi-2022",
                "          deductible: 3000\n          segments: [{rate: 0.70}]", "          dedutcible: 3000\n          segments: [{rate: 0.70}]"));
        assertEquals("assistance.tracks[0].groups[0].dedutcible", e.field());
        assertTrue(e.reason().startsWith("unknown field"), e.reason());
    }

    @Test
    void anUnconfirmedFigureWithoutANoteIsRefused() {
        PolicyException e = refused("shaoyang-2021.yaml", edited("shaoyang-2021",
                ", note: 文件未规定普通参保人大病保险年度最高支付限额；默认值须由县区确认}", "}"));
        assertEquals("criticalIllness.tracks[0].groups[1].cap", e.field());
        assertTrue(e.reason().contains("unconfirmed but carries no note"), e.reason());
    }

    @Test
    void aFigureWithoutAClauseIsRefused() {
        PolicyException e = refused("linyi-2022.yaml", edited("linyi-2022",
                "assistance:\n  label: 医疗救助\n  source: 临医保发〔2022〕13号 四\n", "assistance:\n  label: 医疗救助\n"));
        assertEquals("assistance.tracks[0].groups[0].deductible", e.field());
        assertTrue(e.reason().contains("has no source clause"), e.reason());
    }

    @Test
    void aFileWhoseIdIsNotItsNameIsRefused() {
        PolicyException e = refused("linyi-2023.yaml", bundledText("linyi-2022"));
        assertEquals("id", e.field());
    }

    @Test
    void aDuplicateKeyIsRefused() {
        PolicyException e = refused("linyi-2022.yaml", edited("linyi-2022", "from: 2022-01-01\n", "from: 2022-01-01\nfrom: 2023-01-01\n"));
        assertTrue(e.getMessage().contains("Duplicate field 'from'"), e.getMessage());
    }

    @Test
    void unreadableYamlIsRefusedNamingTheFile() {
        PolicyException e = refused("linyi-2022.yaml", "id: [unclosed\n");
        assertEquals("linyi-2022.yaml", e.file());
        assertTrue(e.reason().startsWith("not readable YAML"), e.reason());
    }

    @Test
    void overlappingDatesForOneRegionAreRefused(@TempDir Path dir) throws IOException {
        String next = bundledText("shaoyang-2021").replace("id: shaoyang-2021", "id: shaoyang-2023")
                .replace("from: 2021-09-01", "from: 2023-01-01");
        Files.writeString(dir.resolve("shaoyang-2023.yaml"), next);
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyRegistry.withFolder(dir));
        assertEquals("shaoyang-2023.yaml", e.file());
        assertEquals("from", e.field());
        assertTrue(e.reason().contains("in force for the same region on the same days as shaoyang-2021"), e.reason());
    }

    @Test
    void anOutsideFileReplacesTheBundledPolicyOfTheSameId(@TempDir Path dir) throws IOException {
        // A county confirms Linyi's ordinary critical-illness cap: the figure and its clause change, the doubt goes.
        String confirmed = edited("linyi-2022",
                "cap: {value: 400000, unconfirmed: true, source: 临医保发〔2022〕13号 三（普通居民封顶线未列明）, note: 文件未规定普通居民大病保险年度最高支付限额；默认值须由县区确认}",
                "cap: {value: 350000, unconfirmed: false, source: 临沂市医保局2023年大病保险待遇通知}");
        Files.writeString(dir.resolve("linyi-2022.yaml"), confirmed);
        Policy p = PolicyRegistry.withFolder(dir).byId("linyi-2022").orElseThrow();
        Param cap = p.criticalIllness().get(0).groups().get(1).schedule().cap();
        assertEquals(0, cap.value().compareTo(new java.math.BigDecimal("350000")));
        assertFalse(cap.unconfirmed());
        assertEquals("临沂市医保局2023年大病保险待遇通知", cap.source());
        assertEquals(5, PolicyRegistry.withFolder(dir).all().size(), "replaced, not added");
    }

    @Test
    void anOutsideFileAddsNextYearsPolicy(@TempDir Path dir) throws IOException {
        String next = bundledText("guangxi-2022").replace("id: guangxi-2022", "id: guangxi-2026")
                .replace("from: 2022-08-01\nto: 2025-12-31", "from: 2026-01-01\nto: null");
        Files.writeString(dir.resolve("guangxi-2026.yaml"), next);
        PolicyRegistry r = PolicyRegistry.withFolder(dir);
        assertEquals("guangxi-2026", r.find("450102", LocalDate.of(2026, 1, 1)).orElseThrow().id());
        assertEquals("guangxi-2022", r.find("450102", LocalDate.of(2025, 12, 31)).orElseThrow().id());
    }

    @Test
    void aMissingOutsideFolderIsRefusedRatherThanIgnored(@TempDir Path dir) {
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyRegistry.withFolder(dir.resolve("polices")));
        assertTrue(e.reason().contains("no such policy folder"), e.reason());
    }
}
