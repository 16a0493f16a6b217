package org.medaid.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.Row;

/** Reads an exported workbook's first sheet back, for the tests of other packages. */
public final class XlsxExportTestAccess {

    private XlsxExportTestAccess() {
    }

    public static List<Row> read(Path file) throws IOException {
        return XlsxExportTest.read(file);
    }
}
