package org.medaid.desk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.DeskFixture;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.identity.Department;
import org.medaid.importer.ListKind;
import org.medaid.model.Category;

/** The import asks what the file is; a full list shows and ends who it does not name, and the import is logged. */
class FullListImportViewModelTest {

    @TempDir
    Path folder;
    DeskFixture store;
    ImportViewModel model;

    @BeforeEach
    void open() {
        store = new DeskFixture(folder.resolve("data"));
        store.enrol("张三", DeskFixture.id(1956, 11), "前岭村", Category.MINIMUM_LIVING);
        store.enrol("李四", DeskFixture.id(1961, 13), "前岭村", Category.MINIMUM_LIVING);
        model = new ImportViewModel(store.services().importer(), new SameThreadTaskExecutor(), DeskFixture.CHINESE,
                () -> store.session("clerk"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFullListEndsThePersonItDoesNotNameOnTheListsDate() throws Exception {
        Path file = folder.resolve("民政5月全量.csv");
        Files.writeString(file, "姓名,身份证号,人员类别,认定日期\n张三," + DeskFixture.id(1956, 11) + ",低保对象,2022-01-01\n",
                StandardCharsets.UTF_8);
        model.fileProperty().set(file.toString());
        model.readFile();
        model.kindProperty().set(ListKind.FULL);
        model.departmentProperty().set(Department.CIVIL_AFFAIRS);
        model.monthProperty().set(YearMonth.of(2024, 5));
        model.runPreview();
        assertTrue(model.endingsText().startsWith("全量名单未列出 1 人，导入后其类别将于 2024-05-31 终止：李四（低保对象）"),
                model.endingsText());
        model.commit();
        assertTrue(model.statusProperty().get().contains("全量名单终止 1 个类别"), model.statusProperty().get());
        var li = store.services().people().byIdNumber(DeskFixture.id(1961, 13)).orElseThrow();
        assertEquals(LocalDate.of(2024, 5, 31), store.services().people().categories(li.id()).get(0).to());
        var logged = store.services().importLog().recent(1).get(0);
        assertEquals("民政5月全量.csv", logged.fileName());
        assertEquals(ListKind.FULL, logged.info().kind());
        assertEquals("clerk", logged.user());
    }
}
