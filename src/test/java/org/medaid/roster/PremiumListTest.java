package org.medaid.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.identity.Department;
import org.medaid.model.Category;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.CategoryRecord;
import org.medaid.store.Database;
import org.medaid.store.JdbcPersonStore;
import org.medaid.store.People;

class PremiumListTest {

    @TempDir
    Path dir;

    private Database db;
    private PremiumList list;

    @BeforeEach
    void fill() {
        db = Database.open(dir);
        JdbcPersonStore store = new JdbcPersonStore(db);
        CLERK = org.medaid.session.TestSessions.as(db, "clerk");
        // 临医保发〔2022〕13号 二, insurance year 2024, contribution 400
        enrol(store, "张特困", People.id("371321", 1950, 11), Category.EXTREME_POOR, "2020-01-01", null);
        enrol(store, "李低保", People.id("371321", 1960, 21), Category.MINIMUM_LIVING, "2021-05-01", null);
        enrol(store, "王退出", People.id("371321", 1961, 31), Category.MINIMUM_LIVING, "2019-01-01", "2022-06-30");
        enrol(store, "赵普通", People.id("371321", 1962, 41), null, null, null);
        // 邵医保发〔2021〕32号 二(一): half for 低保
        enrol(store, "刘低保", People.id("430524", 1970, 51), Category.MINIMUM_LIVING, "2022-03-01", null);
        list = new PremiumList(db, PolicyRegistry.bundled());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static org.medaid.session.Session CLERK;

    private static void enrol(JdbcPersonStore store, String name, String id, Category code, String from, String to) {
        List<CategoryRecord> cats = code == null ? List.of() : List.of(new CategoryRecord(0, 0, 0, code, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), Department.CIVIL_AFFAIRS, null, false));
        store.enrol(People.person(name, id, "东岭村"), cats, CLERK);
    }

    @Test
    void listsEveryoneWithASubsidyWithTheAmountByFund() {
        List<PremiumLine> lines = new ArrayList<>();
        PremiumSummary s = list.forEach(2024, null, lines::add);
        assertEquals(List.of("张特困", "李低保", "刘低保"), lines.stream().map(PremiumLine::name).toList());
        PremiumLine extreme = lines.get(0);
        assertEquals(new BigDecimal("400.00"), extreme.subsidy());
        assertEquals(new BigDecimal("400.00"), extreme.assistanceFund());
        PremiumLine low = lines.get(1);
        assertEquals(new BigDecimal("150.00"), low.assistanceFund());
        assertEquals(new BigDecimal("250.00"), low.countyBudget());
        assertEquals(new BigDecimal("0.00"), low.personPays());
        PremiumLine half = lines.get(2);
        assertEquals(new BigDecimal("200.00"), half.subsidy());
        assertEquals("shaoyang-2021", half.policy());
        assertEquals(3, s.people());
        assertEquals(new BigDecimal("1000.00"), s.subsidy());
        assertEquals(new BigDecimal("750.00"), s.assistanceFund());
        assertEquals(new BigDecimal("250.00"), s.countyBudget());
    }

    @Test
    void aLinyiExitInDecemberStillCountsForNextYearAndIsShownAsHeld() {
        // 临医保发〔2022〕13号 六: benefits stop from the month after the exit, so 31 December still counts
        enrol(new JdbcPersonStore(db), "孙十二月", People.id("371321", 1963, 61), Category.MINIMUM_LIVING, "2021-01-01", "2023-12-28");
        List<PremiumLine> lines = new ArrayList<>();
        list.forEach(2024, null, lines::add);
        PremiumLine december = lines.stream().filter(l -> l.name().equals("孙十二月")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("150.00"), december.assistanceFund());
        assertEquals(List.of(Category.MINIMUM_LIVING), december.categories());
    }

    @Test
    void pagesFollowOnByPersonId() {
        List<PremiumLine> first = list.page(2024, null, 0, 2);
        List<PremiumLine> second = list.page(2024, null, first.get(1).personId(), 2);
        assertEquals(List.of("张特困", "李低保"), first.stream().map(PremiumLine::name).toList());
        assertEquals(List.of("刘低保"), second.stream().map(PremiumLine::name).toList());
    }

    @Test
    void peopleWithoutAPolicyForTheYearAreCountedNotListed() {
        PremiumSummary s = list.forEach(2021, null, l -> { });
        assertEquals(0, s.people());
        assertEquals(3, s.notComputed()); // the three Linyi people with a category; Shaoyang 2019 covers 2021
        assertTrue(s.problems().get(0).contains("2021"), s.problems().get(0));
    }

    @Test
    void csvOpensInExcelWithItsChineseAndTotals() throws Exception {
        Path file = dir.resolve("premium-2024.csv");
        PremiumCsv.export(list, 2024, null, file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xff);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFF姓名,身份证号,乡镇,村,人员类别,政策,个人缴费标准,资助金额,医疗救助基金,县区财政,个人缴纳", lines.get(0));
        assertTrue(lines.get(1).startsWith("张特困,\t371321"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",特困人员,linyi-2022,400.00,400.00,400.00,0.00,0.00"), lines.get(1));
        assertEquals("合计,,,,,,,1000.00,750.00,250.00,", lines.get(4));
    }
}
