package org.medaid.desk.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.medaid.desk.common.ReportFiles;
import org.medaid.export.XlsxExportTestAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.DeskFixture;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.insurance.InsuranceLedger;
import org.medaid.insurance.InsuranceStatus;
import org.medaid.insurance.UninsuredReason;
import org.medaid.model.Category;

/** The 参保台账 screen's model on a real store (Linyi sample desk, today 2024-06-15). */
class InsuranceLedgerViewModelTest {

    @TempDir
    Path folder;
    private DeskFixture store;
    private InsuranceLedgerViewModel model;

    @BeforeEach
    void open() {
        store = new DeskFixture(folder.resolve("data"));
        store.enrol("张三", DeskFixture.id(1956, 11), "前岭村", Category.MINIMUM_LIVING);
        store.enrol("李四", DeskFixture.id(1961, 13), "前岭村", Category.EXTREME_POOR);
        var s = store.services();
        Clock clock = Clock.fixed(DeskFixture.TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        model = new InsuranceLedgerViewModel(new InsuranceLedger(s.database(), clock, s::policies), new SameThreadTaskExecutor(),
                DeskFixture.CHINESE, () -> store.session("clerk"), () -> "前岭镇人民政府");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anUninsuredPersonIsRecordedWithTheReasonAndStaysListed() {
        model.load();
        assertEquals(2, model.rows().size());
        assertEquals(199, model.daysLeft());
        model.selectedProperty().set(model.rows().get(0));
        model.statusProperty().set(InsuranceStatus.UNINSURED);
        model.save();
        assertEquals("未参保的，请选择未参保原因", model.state().errorProperty().get());
        model.reasonProperty().set(UninsuredReason.OTHER);
        model.save();
        assertEquals("原因为“其他”的，请写明原因", model.state().errorProperty().get());
        model.reasonTextProperty().set("外出务工，家属代缴未成");
        model.save();
        assertNull(model.state().errorProperty().get());
        assertEquals(2, model.rows().size(), "still in the 未参保 list");
        assertTrue(model.rows().stream().anyMatch(r -> r.entry() != null && r.entry().reason() == UninsuredReason.OTHER));
        assertEquals(1, model.villages().size());
        assertEquals(0, model.villages().get(0).insured());
    }

    @Test
    void aCorrectionNeedsItsReasonAndTakesThePersonOffTheList() {
        model.load();
        model.selectedProperty().set(model.rows().get(0));
        model.statusProperty().set(InsuranceStatus.UNINSURED);
        model.reasonProperty().set(UninsuredReason.MILITARY_SERVICE);
        model.save();
        model.selectedProperty().set(model.rows().stream().filter(r -> r.entry() != null).findFirst().orElseThrow());
        model.statusProperty().set(InsuranceStatus.RESIDENT);
        model.reasonProperty().set(null);
        model.sinceProperty().set(LocalDate.of(2024, 3, 1));
        model.save();
        assertEquals("更正已登记的参保信息，请填写更正原因", model.state().errorProperty().get());
        model.correctionReasonProperty().set("退役后已参保");
        model.save();
        assertNull(model.state().errorProperty().get());
        assertEquals(1, model.rows().size());
        assertEquals("50.00", model.villages().get(0).ratePercent().toPlainString());
    }

    @Test
    void theLedgerExportsToXlsxWithTheYearAndTheIdNumbersAsText() throws Exception {
        model.export(ReportFiles.Format.XLSX, folder.resolve("early.xlsx"));
        assertEquals("还没有可导出的内容，请先查询。", model.state().messageProperty().get());
        model.load();
        Path file = folder.resolve(model.fileName(ReportFiles.Format.XLSX));
        model.export(ReportFiles.Format.XLSX, file);
        assertEquals("已保存：" + file, model.state().messageProperty().get());
        List<Row> rows = XlsxExportTestAccess.read(file);
        assertEquals("参保台账", rows.get(0).getCell(0).asString());
        assertEquals("2024 年度，只列未参保和未登记的人员", rows.get(1).getCell(0).asString(), "the filter used");
        Row header = rows.stream().filter(r -> r != null && r.getCellCount() > 0 && "姓名".equals(r.getCell(0).getText()))
                .findFirst().orElseThrow();
        Row first = rows.get(rows.indexOf(header) + 1);
        assertEquals(model.rows().get(0).name(), first.getCell(0).asString());
        assertEquals(CellType.STRING, first.getCell(1).getType(), "an ID number is text");
        assertEquals(model.rows().get(0).idNumber(), first.getCell(1).asString());
    }
}
