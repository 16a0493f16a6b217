package org.medaid.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void guessesFieldsFromChineseHeaders() {
        ColumnMapping m = ColumnMapping.guess(List.of("序号", "姓名", "公民身份号码", "人员类别", "纳入时间", "退出时间",
                "认定部门", "文号", "乡镇（街道）", "村（社区）", "户主姓名", "户主身份证号", "与户主关系", "联系电话"));
        assertEquals(1, m.column(Field.NAME));
        assertEquals(2, m.column(Field.ID_NUMBER));
        assertEquals(3, m.column(Field.CATEGORY));
        assertEquals(4, m.column(Field.FROM));
        assertEquals(5, m.column(Field.TO));
        assertEquals(8, m.column(Field.TOWNSHIP));
        assertEquals(9, m.column(Field.VILLAGE));
        assertEquals(10, m.column(Field.HEAD_NAME));
        assertEquals(11, m.column(Field.HEAD_ID_NUMBER));
        assertEquals(12, m.column(Field.RELATION));
        assertEquals(13, m.column(Field.PHONE));
        assertTrue(m.missingRequired().isEmpty());
    }

    @Test
    void headersWithNotesInBracketsStillMatch() {
        ColumnMapping m = ColumnMapping.guess(List.of("姓名*", "身份证号码（18位）", "人员类别", "开始日期"));
        assertEquals(1, m.column(Field.ID_NUMBER));
        assertTrue(m.missingRequired().isEmpty());
    }

    @Test
    void clerkCanMoveAField() {
        ColumnMapping m = ColumnMapping.guess(List.of("姓名", "身份证号", "类别", "认定日期", "备注"))
                .with(Field.DOCUMENT_NO, 4);
        assertEquals(4, m.column(Field.DOCUMENT_NO));
        assertEquals(List.of(), m.missingRequired());
        assertEquals(List.of(Field.CATEGORY), m.with(Field.CATEGORY, -1).missingRequired());
    }
}
