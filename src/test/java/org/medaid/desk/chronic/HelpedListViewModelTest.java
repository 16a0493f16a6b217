package org.medaid.desk.chronic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.medaid.desk.common.ReportFiles;
import org.medaid.export.XlsxExportTestAccess;
import org.medaid.chronic.ChronicEntitlements;
import org.medaid.chronic.Entitlement;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.model.Category;
import org.medaid.model.WorkingDays;
import org.medaid.session.Session;
import org.medaid.store.PersonRecord;

/**
 * 慢特病帮办代办 on a real store (today 2024-12-20, weekends-only calendar so the counts are checked by hand): a 代办
 * application certified, a 帮办 application still waiting, a refused 帮办, and a certificate the person got alone
 * (本人申请), which is not on the list.
 */
class HelpedListViewModelTest {

    @TempDir
    Path dir;
    ScreensFixture fx;
    ChronicEntitlements chronic;
    Session clerk;
    PersonRecord liu;
    PersonRecord wang;

    @BeforeEach
    void open() {
        fx = new ScreensFixture(dir);
        chronic = fx.work.chronic();
        clerk = ScreensFixture.service(fx.clerk);
        liu = fx.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MINIMUM_LIVING);
        Entitlement proxy = chronic.application(liu.id(), "尿毒症", Entitlement.Help.PROXY, LocalDate.of(2024, 10, 8), clerk);
        chronic.certify(proxy.id(), proxy.version(), "SY-2024-118", LocalDate.of(2024, 11, 1), LocalDate.of(2025, 10, 31),
                "邵东县医疗保障局", clerk);
        wang = fx.person("王五", ScreensFixture.LINYI, "朱保村", Category.MINIMUM_LIVING);
        chronic.application(wang.id(), "慢性阻塞性肺疾病", Entitlement.Help.HELPED, LocalDate.of(2024, 12, 2), clerk);
        PersonRecord zhao = fx.person("赵六", ScreensFixture.LINYI, "朱保村", Category.MINIMUM_LIVING);
        Entitlement refused = chronic.application(zhao.id(), "糖尿病", Entitlement.Help.HELPED, LocalDate.of(2024, 9, 2), clerk);
        chronic.refuse(refused.id(), refused.version(), LocalDate.of(2024, 9, 20), "未达到认定标准", clerk);
        PersonRecord alone = fx.person("孙七", ScreensFixture.SHAOYANG, "白云村", Category.MINIMUM_LIVING);
        chronic.certificate(alone.id(), "高血压", "SY-2024-200", LocalDate.of(2024, 6, 1), null, "邵东县医疗保障局", clerk);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private HelpedListViewModel model(WorkingDays days) {
        HelpedListViewModel m = new HelpedListViewModel(() -> chronic, fx.work.people(), () -> days,
                new SameThreadTaskExecutor(), ScreensFixture.CHINESE, () -> "邵东县医疗保障局", () -> ScreensFixture.TODAY);
        m.load();
        return m;
    }

    @Test
    void listsTheHelpedAndFiledApplicationsNewestFirstWithOutcomeAndWait() {
        HelpedListViewModel m = model(WorkingDays.WEEKENDS_ONLY);
        List<HelpedListViewModel.Row> rows = m.rows();
        assertEquals(List.of("王五", "刘桂香", "赵六"), rows.stream().map(HelpedListViewModel.Row::name).toList(),
                "本人申请 (孙七) is not listed; newest application first");
        assertEquals("共 3 件，认定中 1 件", m.list().state().messageProperty().get());

        HelpedListViewModel.Row waiting = rows.get(0);
        assertEquals("帮办", waiting.help());
        assertEquals("认定中", waiting.state());
        assertTrue(waiting.pending());
        assertEquals("朱保村", waiting.village());
        assertEquals("慢性阻塞性肺疾病", waiting.disease());
        assertEquals(LocalDate.of(2024, 12, 2), waiting.appliedOn());
        // Dec 3-6 (4) + 9-13 (5) + 16-20 (5)
        assertEquals("已等待 14 个工作日", waiting.waiting());
        assertEquals("", waiting.outcome());

        HelpedListViewModel.Row certified = rows.get(1);
        assertEquals("代办", certified.help());
        assertEquals("已认定", certified.state());
        assertFalse(certified.pending());
        // Oct 9-11 (3) + 14-18 + 21-25 + 28-Nov 1 (15)
        assertEquals("用时 18 个工作日", certified.waiting());
        assertEquals("证书 SY-2024-118，2024-11-01 至 2025-10-31，邵东县医疗保障局 认定", certified.outcome());

        HelpedListViewModel.Row refused = rows.get(2);
        assertEquals("未通过", refused.state());
        assertFalse(refused.pending());
        assertEquals("2024-09-20 未通过：未达到认定标准", refused.outcome());
    }

    @Test
    void theIdNumberIsMasked() {
        HelpedListViewModel.Row row = model(WorkingDays.WEEKENDS_ONLY).rows().get(1);
        String id = liu.idNumber();
        assertEquals(id.substring(0, 4) + "**********" + id.substring(14), row.maskedId());
        assertFalse(row.maskedId().contains(id.substring(4, 14)), row.maskedId());
    }

    @Test
    void withoutACalendarForTheYearTheWaitIsInCalendarDays() {
        WorkingDays only2023 = new WorkingDays("2023", Set.of(2023), Set.of(), Set.of());
        HelpedListViewModel.Row waiting = model(only2023).rows().get(0);
        assertEquals("已等待 18 天（该年无工作日历）", waiting.waiting());
    }

    @Test
    void theListExportsToXlsxWithItsTitleFilterAndTypedCells() throws Exception {
        HelpedListViewModel m = model(WorkingDays.WEEKENDS_ONLY);
        Path file = dir.resolve(m.list().fileName(ReportFiles.Format.XLSX));
        assertEquals("门诊慢特病资格认定帮办代办-2024-12-20.xlsx", file.getFileName().toString());
        m.list().export(ReportFiles.Format.XLSX, file);
        assertEquals("已保存：" + file, m.list().state().messageProperty().get());

        List<Row> rows = XlsxExportTestAccess.read(file);
        assertEquals("门诊慢特病资格认定帮办代办", rows.get(0).getCell(0).asString(), "the title row");
        assertTrue(rows.get(1).getCell(0).asString().startsWith("范围：本台帮办或代办的全部认定申请"), "the filter used");
        assertEquals("经办机构：邵东县医疗保障局", rows.get(2).getCell(0).asString());
        Row header = rows.stream().filter(r -> r != null && r.getCellCount() > 0 && "姓名".equals(r.getCell(0).getText()))
                .findFirst().orElseThrow();
        assertEquals(List.of("姓名", "身份证号", "乡镇 村", "病种", "方式", "申请日期", "状态", "等待时间", "结果"),
                header.stream().map(c -> c.getText()).toList());
        Row wangRow = rows.get(rows.indexOf(header) + 1);
        assertEquals("王五", wangRow.getCell(0).asString(), "newest first, as on screen");
        Cell id = wangRow.getCell(1);
        assertEquals(CellType.STRING, id.getType(), "the masked ID number is text");
        assertEquals(m.rows().get(0).maskedId(), id.asString());
        assertFalse(id.asString().contains(wang.idNumber().substring(4, 14)), "never the full number");
        Cell applied = wangRow.getCell(5);
        assertEquals(CellType.NUMBER, applied.getType(), "a date is a date");
        assertEquals(LocalDateTime.of(2024, 12, 2, 0, 0), applied.asDate());
        assertEquals("认定中", wangRow.getCell(6).asString());
        assertEquals(3, rows.size() - rows.indexOf(header) - 1, "three applications, 本人申请 not among them");
    }

    @Test
    void nothingIsExportedBeforeTheListIsRead() {
        HelpedListViewModel m = new HelpedListViewModel(() -> chronic, fx.work.people(), () -> WorkingDays.WEEKENDS_ONLY,
                new SameThreadTaskExecutor(), ScreensFixture.CHINESE, () -> "", () -> ScreensFixture.TODAY);
        Path file = dir.resolve("early.xlsx");
        m.list().export(ReportFiles.Format.XLSX, file);
        assertFalse(java.nio.file.Files.exists(file));
        assertEquals("还没有可导出的内容，请先查询。", m.list().state().messageProperty().get());
    }
}
