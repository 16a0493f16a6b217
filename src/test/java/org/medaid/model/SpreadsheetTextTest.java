package org.medaid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medaid.sample.CsvOut;

/** No cell the desk writes is a formula (ADR 0029). */
class SpreadsheetTextTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '#', quoteCharacter = '`', textBlock = """
            =cmd|' /C calc'!A0 # '=cmd|' /C calc'!A0
            +1+1 # '+1+1
            -2+3 # '-2+3
            @SUM(A1) # '@SUM(A1)
            张三 # 张三
            6230000000000000001 # 6230000000000000001
            """)
    void formulaLeadersGetAnApostrophe(String in, String out) {
        assertEquals(out, SpreadsheetText.neutralise(in));
    }

    @org.junit.jupiter.api.Test
    void tabAndCarriageReturnLeadersToo() {
        assertEquals("'\t=1", SpreadsheetText.neutralise("\t=1"));
        assertEquals("'\r=1", SpreadsheetText.neutralise("\r=1"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\",ok\r\n", CsvOut.line(List.of("=HYPERLINK(\"x\")", "ok")));
    }
}
