package org.medaid.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinyinInitialsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            张三,     zs
            李小红,   lxh
            王 芳,    wf
            欧阳娜娜, oynn
            """)
    void initialsOfCommonNames(String name, String initials) {
        assertEquals(initials, PinyinInitials.of(name));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            曾国强, zgq
            单雄信, sxx
            解缙,   xj
            区志明, ozm
            仇英,   qy
            朴树,   ps
            查良镛, zly
            覃光明, qgm
            翟建国, zjg
            盖伟,   gw
            万俟卨, mqx
            尉迟恭, ycg
            """)
    void polyphonicSurnamesTakeTheirSurnameReading(String name, String initials) {
        assertEquals(initials, PinyinInitials.of(name));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            阿卜杜·热合曼, abdrhm
            Li明,          lim
            '',            ''
            """)
    void marksAreSkippedAndLatinLettersKept(String name, String initials) {
        assertEquals(initials, PinyinInitials.of(name));
    }
}
