package org.medaid.desk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.DeskFixture;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.importer.Encodings;
import org.medaid.importer.Field;
import org.medaid.importer.RowOutcome;
import org.medaid.roster.RosterQuery;

class ImportViewModelTest {

    @TempDir
    Path folder;
    private DeskFixture store;
    private ImportViewModel model;

    @BeforeEach
    void open() {
        store = new DeskFixture(folder.resolve("data"));
        model = new ImportViewModel(store.services().importer(), new SameThreadTaskExecutor(), DeskFixture.CHINESE, () -> store.session("李文静"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private int people() {
        return store.services().roster().count(RosterQuery.all(DeskFixture.TODAY));
    }

    private void readAndPreview() throws Exception {
        model.fileProperty().set(ImportFiles.list(folder, Encodings.GBK).toString());
        model.readFile();
        assertEquals(ImportStep.MAPPING, model.stepProperty().get());
        model.runPreview();
        assertEquals(ImportStep.PREVIEW, model.stepProperty().get());
    }

    @Test
    void aGbkListIsReadAndItsColumnsAreGuessedFromTheHeaders() throws Exception {
        model.fileProperty().set(ImportFiles.list(folder, Encodings.GBK).toString());
        model.readFile();
        assertEquals(6, model.tableProperty().get().rows().size());
        assertEquals(1, model.columnMapping().column(Field.NAME));
        assertEquals(2, model.columnMapping().column(Field.ID_NUMBER));
        assertNull(model.mappingProblem().get());
    }

    @Test
    void thePreviewCountsEveryOutcomeAndWritesNothing() throws Exception {
        readAndPreview();
        assertEquals(3, model.count(RowOutcome.ADD));
        assertEquals(3, model.count(RowOutcome.REJECT));
        assertEquals(0, people());
        // the list has no 户籍地 column: each new person's region is proposed from the ID number, and said (ADR 0066)
        assertEquals("新增 3 行，变更 0 行，无变化 0 行，拒绝 3 行；其中 3 行有户籍地说明，请看“说明”列",
                model.statusProperty().get());
    }

    @Test
    void refusedRowsComeFirstThenTheOthersInFileOrder() throws Exception {
        readAndPreview();
        assertEquals(java.util.List.of(4, 5, 6, 2, 3, 7), model.shownRows().stream().map(r -> r.line()).toList());
    }

    @Test
    void theFilterShowsOnlyTheRefusedRowsWithTheirReasons() throws Exception {
        readAndPreview();
        model.filterProperty().set(RowOutcome.REJECT);
        assertEquals(3, model.shownRows().size());
        assertTrue(model.shownRows().stream().anyMatch(r -> r.message().contains("校验位")));
        assertTrue(model.shownRows().stream().anyMatch(r -> r.message().contains("五好家庭")));
    }

    @Test
    void committingWritesTheAcceptedRowsAndReportsTheCounts() throws Exception {
        boolean[] refreshed = {false};
        model.setOnCommitted(() -> refreshed[0] = true);
        readAndPreview();
        model.commit();
        assertEquals(ImportStep.DONE, model.stepProperty().get());
        assertEquals(3, model.resultProperty().get().added());
        assertEquals(3, people());
        assertTrue(store.services().people().byIdNumber(ImportFiles.GOOD_3).isPresent());
        assertTrue(refreshed[0]);
    }

    @Test
    void aRequiredFieldWithoutAColumnStopsThePreview() throws Exception {
        model.fileProperty().set(ImportFiles.list(folder, Encodings.GBK).toString());
        model.readFile();
        model.mapping().stream().filter(r -> r.field() == Field.FROM).findFirst().orElseThrow().columnProperty().set(-1);
        assertEquals("缺少必填的列：认定日期", model.mappingProblem().get());
        assertTrue(!model.canPreview().get());
    }

    @Test
    void aMissingFileIsExplained() {
        model.fileProperty().set(folder.resolve("nowhere.csv").toString());
        model.readFile();
        assertNotNull(model.errorProperty().get());
        assertEquals(ImportStep.FILE, model.stepProperty().get());
    }

    @Test
    void aCommitRefusedBecauseTheStoreChangedLeavesTheStoreAsItWas() throws Exception {
        readAndPreview();
        store.enrol("张大山", ImportFiles.GOOD_1, "前岭村");
        model.commit();
        assertNotNull(model.errorProperty().get());
        assertEquals(ImportStep.PREVIEW, model.stepProperty().get());
        assertEquals(1, people());
    }
}
