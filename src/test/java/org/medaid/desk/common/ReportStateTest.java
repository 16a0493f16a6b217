package org.medaid.desk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A report's state is its screen's one {@link ScreenStatus}: news and refusals are the same sentence, told apart. */
class ReportStateTest {

    private final ReportState state = new ReportState(null, Texts.load(Locale.SIMPLIFIED_CHINESE), () -> "某镇医保所",
            () -> LocalDate.of(2024, 12, 20));

    @Test
    void newsAndRefusalsGoThroughTheOneStatus() {
        state.say("共 3 人");
        assertEquals("共 3 人", state.status().message());
        assertFalse(state.status().isError());
        assertEquals("共 3 人", state.messageProperty().get());
        assertNull(state.errorProperty().get());

        state.refuse("请先选择一人");
        assertTrue(state.status().isError());
        assertEquals("请先选择一人", state.errorProperty().get());
        assertEquals("", state.messageProperty().get(), "a refusal is not shown as news too");

        state.refuse(null);
        assertNull(state.errorProperty().get());
        assertEquals("", state.status().message());

        state.say("已保存");
        state.refuse(null);
        assertEquals("已保存", state.messageProperty().get(), "taking a refusal off leaves the news");
        assertFalse(state.busyProperty().get());
    }

    @Test
    void anExportWithNothingReadSaysSo() {
        state.export(ReportFiles.Format.XLSX, java.nio.file.Path.of("x.xlsx"), "名单", null, r -> java.util.List.of());
        assertEquals("还没有可导出的内容，请先查询。", state.messageProperty().get());
        assertEquals("经办机构：某镇医保所", state.source()[0]);
        assertEquals("导出日期：2024-12-20", state.source()[1]);
    }
}
