package org.medaid.desk.imports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.medaid.desk.DeskFixture;

/** A small monthly list with good and bad rows, as a clerk would get it from the civil-affairs office. */
public final class ImportFiles {

    public static final String GOOD_1 = DeskFixture.id(1960, 13);
    public static final String GOOD_2 = DeskFixture.id(1962, 24);
    public static final String GOOD_3 = DeskFixture.id(1975, 35);
    public static final String BAD_ID = GOOD_1.substring(0, 17) + (GOOD_1.charAt(17) == '1' ? '2' : '1');

    private ImportFiles() {
    }

    /** Three good rows, a wrong check digit, an unknown category and an end before the start. */
    public static Path list(Path dir, Charset charset) throws IOException {
        String csv = String.join("\n",
                "序号,姓名,身份证号,人员类别,认定日期,退出日期,认定部门,文号,乡镇,村",
                "1,张大山," + GOOD_1 + ",低保对象,2023-01-01,,民政,兰民〔2023〕1号,枣园镇,前岭村",
                "2,李秀英," + GOOD_2 + ",特困人员,2023-01-01,,民政,兰民〔2023〕2号,枣园镇,前岭村",
                "3,王小五," + BAD_ID + ",低保对象,2023-01-01,,民政,,枣园镇,后岭村",
                "4,赵六," + DeskFixture.id(1970, 57) + ",五好家庭,2023-01-01,,民政,,枣园镇,后岭村",
                "5,孙八," + DeskFixture.id(1972, 71) + ",特困人员,2023-05-01,2023-01-01,民政,,枣园镇,后岭村",
                "6,周九," + GOOD_3 + ",重度残疾人,2022-06-01,,残联,兰残〔2022〕9号,枣园镇,石埠村",
                "");
        Path file = dir.resolve("2024年6月低保特困名单.csv");
        Files.write(file, csv.getBytes(charset));
        return file;
    }
}
