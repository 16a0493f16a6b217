package org.medaid.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medaid.importer.ColumnMapping;
import org.medaid.importer.ImportListener;
import org.medaid.importer.ImportPreview;
import org.medaid.importer.ListImporter;
import org.medaid.importer.PreviewRow;
import org.medaid.importer.RejectReason;
import org.medaid.importer.RowOutcome;
import org.medaid.importer.Table;
import org.medaid.importer.TableReader;
import org.medaid.store.Database;

class SampleListsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(SampleWriter.ListFile.class)
    void eachSampleListAddsAHouseholdEndsACategoryAndRefusesItsFivePlantedRows(SampleWriter.ListFile file) throws Exception {
        try (Database db = Database.open(dir)) {
            SampleLoader.load(db, file.area);
            Table table = TableReader.read(Path.of("samples", "lists", file.fileName), null);
            ListImporter importer = new ListImporter(db, Clock.fixed(
                    SampleGenerator.AS_OF.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai")));
            ImportPreview preview = importer.preview(table, ColumnMapping.guess(table.headers()), ImportListener.NONE);
            assertEquals(2, preview.count(RowOutcome.ADD));
            assertEquals(1, preview.count(RowOutcome.CHANGE));
            assertEquals(table.rows().size() - 8, preview.count(RowOutcome.UNCHANGED));
            List<RejectReason> reasons = preview.rows().stream().map(PreviewRow::reason).filter(Objects::nonNull).toList();
            assertEquals(List.of(RejectReason.BAD_ID, RejectReason.UNKNOWN_CATEGORY, RejectReason.AMBIGUOUS_CATEGORY,
                    RejectReason.END_BEFORE_START, RejectReason.DUPLICATE_IN_FILE), reasons);
        }
    }
}
