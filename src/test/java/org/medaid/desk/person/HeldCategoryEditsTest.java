package org.medaid.desk.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.DeskFixture;
import org.medaid.desk.common.Banner;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.identity.IdNumbers;
import org.medaid.importer.HeldEdit;
import org.medaid.model.Category;
import org.medaid.store.CategoryRecord;
import org.medaid.store.PersonRecord;

/**
 * The person screen goes through the held path where the policy says categories change only with the monthly lists
 * (临医保发〔2022〕13号 六, ADR 0051): a Linyi person's exit and addition are held, not applied, and the screen says so;
 * a Shaoyang person's exit applies at once.
 */
class HeldCategoryEditsTest {

    @TempDir
    Path folder;
    private DeskFixture store;

    @BeforeEach
    void open() {
        store = new DeskFixture(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PersonViewModel form(long personId) {
        var s = store.services();
        PersonViewModel m = new PersonViewModel(s.people(), new PolicySummaries(s::policies, DeskFixture.CHINESE), s.regions(),
                new SameThreadTaskExecutor(), DeskFixture.CHINESE, () -> DeskFixture.TODAY, () -> store.session("李文静"));
        m.setHeldEdits(s.heldEdits());
        m.load(personId);
        return m;
    }

    @Test
    void aLinyiExitAndAdditionAreHeldUntilTheMonthsListAndTheScreenSaysSo() {
        PersonRecord p = store.enrol("王秀英", DeskFixture.id(1958, 202), "前岭村", Category.MINIMUM_LIVING);
        PersonViewModel m = form(p.id());
        m.categoryActions().end(m.categories().get(0), LocalDate.of(2024, 5, 31));
        List<CategoryRecord> stored = store.services().people().categories(p.id());
        assertNull(stored.get(0).to(), "the exit is not applied in mid-month");
        Banner b = m.bannerProperty().get();
        assertEquals(Banner.Kind.WARNING, b.kind());
        assertTrue(b.text().contains("临医保发〔2022〕13号 六") && b.text().contains("下次导入名单"), b.text());

        CategoryDialogViewModel d = m.categoryActions().newDraft();
        d.categoryProperty().set(Category.EXTREME_POOR);
        d.fromTextProperty().set("2024-06-01");
        m.categoryActions().add(d);
        assertEquals(1, store.services().people().categories(p.id()).size(), "the addition is not applied either");

        List<HeldEdit> held = store.services().heldEdits().held(p.id());
        assertEquals(List.of(HeldEdit.Kind.END, HeldEdit.Kind.ADD), held.stream().map(HeldEdit::kind).toList());
        assertEquals(LocalDate.of(2024, 5, 31), held.get(0).to());
        assertEquals(Category.EXTREME_POOR, held.get(1).code());

        // the clerk comes back to the person: the held edits are said, so they are not entered a second time
        Banner again = form(p.id()).bannerProperty().get();
        assertEquals(Banner.Kind.WARNING, again.kind());
        assertTrue(again.text().contains("2 项类别修改已暂存") && again.text().contains("至 2024-05-31")
                && again.text().contains("自 2024-06-01") && again.text().contains(DeskFixture.CHINESE.label(Category.EXTREME_POOR)),
                again.text());
    }

    @Test
    void elsewhereAnExitAppliesAtOnce() {
        PersonRecord p = store.enrol("刘桂香", IdNumbers.compose("430522", LocalDate.of(1960, 3, 15), 31), "白云村",
                Category.MINIMUM_LIVING);
        PersonViewModel m = form(p.id());
        m.categoryActions().end(m.categories().get(0), LocalDate.of(2024, 5, 31));
        assertEquals(LocalDate.of(2024, 5, 31), store.services().people().categories(p.id()).get(0).to());
        assertEquals(List.of(), store.services().heldEdits().held(p.id()));
        assertNull(form(p.id()).bannerProperty().get(), "nothing held, nothing said");
    }
}
