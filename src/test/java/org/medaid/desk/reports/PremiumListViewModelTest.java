package org.medaid.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.DeskFixture;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.model.Category;

class PremiumListViewModelTest {

    @TempDir
    Path folder;
    private DeskFixture store;
    private PremiumListViewModel model;

    @BeforeEach
    void open() {
        store = new DeskFixture(folder.resolve("data"));
        store.enrol("张三", DeskFixture.id(1956, 11), "前岭村", Category.MINIMUM_LIVING);
        store.enrol("李四", DeskFixture.id(1961, 13), "后岭村", Category.EXTREME_POOR);
        store.enrol("王五", DeskFixture.id(1970, 15), "石埠村");
        var s = store.services();
        model = new PremiumListViewModel(s::premiumList, s::policies, new SameThreadTaskExecutor(), DeskFixture.CHINESE, () -> 2024,
                () -> "", () -> DeskFixture.TODAY);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theListHoldsTheSubsidisedPeopleWithTotalsByFund() {
        model.query();
        assertEquals(2, model.rows().size());
        var s = model.summaryProperty().get();
        assertEquals(2, s.people());
        // 临医保发〔2022〕13号 二: 特困 in full from the assistance fund; 低保 150 from it, the rest of 400 from the county
        assertEquals(new BigDecimal("800.00"), s.subsidy());
        assertEquals(new BigDecimal("550.00"), s.assistanceFund());
        assertEquals(new BigDecimal("250.00"), s.countyBudget());
        assertEquals("临医保发〔2022〕13号", model.policyDocument(model.rows().get(0).policy()));
    }

    @Test
    void aYearWithoutAContributionFigureIsComputedWithTheTypedOne() {
        model.yearProperty().set(2025);
        model.query();
        assertEquals(2, model.summaryProperty().get().notComputed());
        model.contributionProperty().set("420");
        model.query();
        assertEquals(0, model.summaryProperty().get().notComputed());
        assertEquals(new BigDecimal("840.00"), model.summaryProperty().get().subsidy());
    }

    @Test
    void aContributionThatIsNoAmountIsRefused() {
        model.contributionProperty().set("4,20");
        assertEquals("请填写金额（元），如 380 或 380.00", model.contributionError().get());
        assertFalse(model.canQuery().get());
        model.contributionProperty().set("380.505");
        assertFalse(model.canQuery().get());
    }

    @Test
    void theExportWritesEveryPersonAndATotalLine() throws Exception {
        Path file = folder.resolve("2024年度参保资助名单.csv");
        model.export(file);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF姓名"));
        assertEquals(4, csv.lines().count());
        assertTrue(csv.lines().reduce((a, b) -> b).orElseThrow().startsWith("合计"));
        assertTrue(model.state().messageProperty().get().startsWith("已导出 2 人"));
    }

    @Test
    void aLongListIsShownPageByPage() {
        for (int i = 0; i < PremiumListViewModel.PAGE_SIZE; i++) {
            store.enrol("低保" + i, DeskFixture.id(1940 + i % 60, 100 + i), "前岭村", Category.MINIMUM_LIVING);
        }
        model.query();
        assertEquals(PremiumListViewModel.PAGE_SIZE, model.rows().size());
        assertTrue(model.hasNextProperty().get());
        long firstOfPageOne = model.rows().get(0).personId();
        model.nextPage();
        assertEquals(2, model.rows().size());
        assertFalse(model.hasNextProperty().get());
        model.previousPage();
        assertEquals(firstOfPageOne, model.rows().get(0).personId());
    }
}
