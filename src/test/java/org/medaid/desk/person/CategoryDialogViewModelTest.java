package org.medaid.desk.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.medaid.desk.DeskFixture;
import org.medaid.identity.Department;
import org.medaid.model.Category;

class CategoryDialogViewModelTest {

    private final CategoryDialogViewModel draft = new CategoryDialogViewModel(DeskFixture.CHINESE, DeskFixture.TODAY);

    @Test
    void pickingACategoryOffersItsUsualDepartment() {
        draft.categoryProperty().set(Category.SEVERE_DISABILITY);
        assertEquals(Department.DISABLED_FEDERATION, draft.departmentProperty().get());
    }

    @Test
    void aDepartmentTheClerkPickedIsKept() {
        draft.departmentProperty().set(Department.MEDICAL_SECURITY);
        draft.departmentPicked();
        draft.categoryProperty().set(Category.MINIMUM_LIVING);
        assertEquals(Department.MEDICAL_SECURITY, draft.departmentProperty().get());
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        draft.categoryProperty().set(Category.MINIMUM_LIVING);
        draft.fromTextProperty().set("2024-03-01");
        draft.toTextProperty().set("2024-02-29");
        assertEquals("结束日期不能早于开始日期", draft.toError().get());
        assertFalse(draft.validBinding().get());
    }

    @Test
    void datesMayBeTypedWithSlashesOrAsEightDigits() {
        draft.categoryProperty().set(Category.MINIMUM_LIVING);
        draft.fromTextProperty().set("2024/3/1");
        draft.toTextProperty().set("20241231");
        assertTrue(draft.validBinding().get());
        assertEquals(LocalDate.of(2024, 3, 1), draft.toRecord(7).from());
        assertEquals(LocalDate.of(2024, 12, 31), draft.toRecord(7).to());
    }

    @Test
    void anOpenEndIsAllowed() {
        draft.categoryProperty().set(Category.MINIMUM_LIVING);
        assertNull(draft.toError().get());
        assertNull(draft.toRecord(7).to());
    }

    @Test
    void anImpossibleStartDateIsExplained() {
        draft.fromTextProperty().set("2024-02-30");
        assertEquals("请填写有效的开始日期，如 2024-03-01", draft.fromError().get());
    }

    @Test
    void anOrphanMustBeUnder18OnTheStartDate() {
        CategoryDialogViewModel old = new CategoryDialogViewModel(DeskFixture.CHINESE, DeskFixture.TODAY, LocalDate.of(1956, 5, 2));
        old.categoryProperty().set(Category.ORPHAN);
        old.fromTextProperty().set("2024-03-01");
        assertEquals("孤儿须未满18周岁：此人在开始日期已满67周岁", old.categoryError().get());
        assertFalse(old.validBinding().get());
        old.categoryProperty().set(Category.MINIMUM_LIVING);
        assertNull(old.categoryError().get());

        CategoryDialogViewModel child = new CategoryDialogViewModel(DeskFixture.CHINESE, DeskFixture.TODAY, LocalDate.of(2006, 3, 2));
        child.categoryProperty().set(Category.DE_FACTO_ORPHAN);
        child.fromTextProperty().set("2024-03-01");
        assertNull(child.categoryError().get(), "17 years and 364 days old on the start date");
        child.fromTextProperty().set("2024-03-02");
        assertTrue(child.categoryError().get().contains("已满18周岁"), child.categoryError().get());
    }
}
