package org.medaid.desk.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.medaid.model.Category;
import org.medaid.store.CategoryRecord;
import org.medaid.store.PersonRecord;

class PersonViewModelTest {

    @TempDir
    Path folder;
    private DeskFixture store;
    private SameThreadTaskExecutor executor;

    @BeforeEach
    void open() {
        store = new DeskFixture(folder);
        executor = new SameThreadTaskExecutor();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PersonViewModel form() {
        var s = store.services();
        PersonViewModel m = new PersonViewModel(s.people(), new PolicySummaries(s::policies, DeskFixture.CHINESE), s.regions(),
                executor, DeskFixture.CHINESE, () -> DeskFixture.TODAY, () -> store.session("李文静"));
        m.startNew();
        return m;
    }

    private static void fill(PersonViewModel m, String name, String id) {
        m.fields().name.set(name);
        m.fields().idNumber.set(id);
    }

    private static CategoryDialogViewModel draft(CategoryActions actions, Category code, String from) {
        CategoryDialogViewModel d = actions.newDraft();
        d.categoryProperty().set(code);
        d.fromTextProperty().set(from);
        return d;
    }

    @Test
    void wrongCheckDigitIsExplainedInChineseAndBlocksSaving() {
        PersonViewModel m = form();
        String good = DeskFixture.id(1958, 202);
        char wrong = good.charAt(17) == '1' ? '2' : '1';
        fill(m, "王秀英", good.substring(0, 17) + wrong);
        assertEquals("身份证号校验位错误（请核对每一位数字）", m.fields().idError.get());
        assertFalse(m.canSaveBinding().get());
    }

    @Test
    void aShortIdNumberSaysHowManyCharactersAreTyped() {
        PersonViewModel m = form();
        fill(m, "王秀英", "37130219");
        assertEquals("身份证号应为18位（已输入8位）", m.fields().idError.get());
    }

    @Test
    void anIdFromOutsideThePolicyRegionsAsksForTheHukouAndIsEnrolledUnderIt() {
        PersonViewModel m = form();
        String id = org.medaid.identity.IdNumbers.compose("110101", LocalDate.of(1958, 3, 14), 202);
        fill(m, "王秀英", id);
        assertNull(m.fields().idError.get(), "an ID issued anywhere is valid (ADR 0066)");
        assertEquals("110101", m.fields().regionCode.get(), "proposed from the ID number");
        assertEquals("户籍地 北京市东城区 不在本程序的政策地区内：请填写户籍所在县区的代码", m.fields().regionError.get());
        assertFalse(m.canSaveBinding().get());
        m.fields().regionCode.set("430599");
        assertEquals("430599 不是县级行政区划代码（GB/T 2260）", m.fields().regionError.get());
        m.fields().regionCode.set("371302");
        assertEquals("临沂市兰山区", m.fields().regionName.get());
        assertTrue(m.canSaveBinding().get());
        m.save();
        assertEquals("371302", store.services().people().byIdNumber(id).orElseThrow().region());
    }

    @Test
    void anEnrolledPersonsRegionChangesOnlyWithAReasonInOneSave() {
        PersonRecord p = store.enrol("王秀英", DeskFixture.id(1958, 202), "前岭村");
        assertEquals("371302", p.region());
        PersonViewModel m = form();
        m.load(p.id());
        assertEquals("371302", m.fields().regionCode.get());
        m.fields().regionCode.set("371321");
        assertTrue(m.fields().regionChanged.get());
        assertEquals("户籍地区变了，请写明原因（如户口迁移及凭证）", m.fields().regionReasonError.get());
        assertFalse(m.canSaveBinding().get());
        m.fields().regionReason.set("户口迁入沂南县（户口簿）");
        m.fields().phone.set("13905391234");
        assertTrue(m.canSaveBinding().get());
        m.save();
        PersonRecord saved = store.services().people().byId(p.id()).orElseThrow();
        assertEquals("371321", saved.region());
        assertEquals("13905391234", saved.phone());
        assertEquals("371321", m.fields().regionCode.get(), "the form shows the stored region, not the ID's");
        assertFalse(m.fields().regionChanged.get());
    }

    @Test
    void birthDateSexAndRegionAreReadFromTheIdNumber() {
        PersonViewModel m = form();
        fill(m, "王秀英", org.medaid.identity.IdNumbers.compose("371302", LocalDate.of(1958, 3, 14), 202));
        assertEquals("1958-03-14", m.fields().birthDate.get());
        assertEquals("女", m.fields().sex.get());
        assertEquals("临沂市兰山区", m.fields().regionName.get());
        assertTrue(m.canSaveBinding().get());
    }

    @Test
    void savingEnrolsThePersonWithTheirCategoriesInTheStore() {
        PersonViewModel m = form();
        String id = DeskFixture.id(1958, 202);
        fill(m, "王秀英", id);
        m.fields().village.set("前岭村");
        CategoryActions actions = m.categoryActions();
        actions.add(draft(actions, Category.MINIMUM_LIVING, "2023-03-01"));
        actions.add(draft(actions, Category.SEVERE_DISABILITY, "2021/6/10"));
        m.save();
        PersonRecord saved = store.services().people().byIdNumber(id).orElseThrow();
        assertEquals("王秀英", saved.name());
        List<CategoryRecord> cats = store.services().people().categories(saved.id());
        assertEquals(java.util.Set.of(Category.MINIMUM_LIVING, Category.SEVERE_DISABILITY),
                cats.stream().map(CategoryRecord::code).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Banner.Kind.SUCCESS, m.bannerProperty().get().kind());
        assertFalse(m.isNew());
    }

    @Test
    void aDuplicateIdNumberOffersToOpenTheEnrolledPerson() {
        String id = DeskFixture.id(1958, 202);
        PersonRecord existing = store.enrol("王秀英", id, "前岭村");
        PersonViewModel m = form();
        Long[] opened = {null};
        m.setOnOpenPerson(pid -> opened[0] = pid);
        fill(m, "王秀英", id);
        assertNotNull(m.duplicateProperty().get());
        assertFalse(m.canSaveBinding().get());
        Banner b = m.bannerProperty().get();
        assertTrue(b.text().contains("已登记给 王秀英"));
        b.action().run();
        assertEquals(existing.id(), opened[0]);
    }

    @Test
    void aChangeSavedElsewhereFirstReloadsTheLatestVersion() {
        PersonRecord p = store.enrol("王秀英", DeskFixture.id(1958, 202), "前岭村");
        PersonViewModel first = form();
        first.load(p.id());
        PersonViewModel second = form();
        second.load(p.id());
        first.fields().phone.set("13905391234");
        first.save();
        second.fields().village.set("后岭村");
        second.save();
        assertEquals(Banner.Kind.WARNING, second.bannerProperty().get().kind());
        assertEquals("13905391234", second.fields().phone.get());
        assertEquals("前岭村", store.services().people().byId(p.id()).orElseThrow().village());
    }

    @Test
    void aHouseholdMemberNeedsARelationToTheHead() {
        PersonRecord head = store.enrol("张三", DeskFixture.id(1956, 11), "前岭村");
        PersonViewModel m = form();
        fill(m, "张小红", DeskFixture.id(1985, 22));
        m.fields().headId.set(head.id());
        assertEquals("请选择与户主的关系", m.fields().relationError.get());
        assertFalse(m.canSaveBinding().get());
        m.fields().relation.set(Relation.CHILD.stored());
        assertTrue(m.canSaveBinding().get());
        m.save();
        PersonRecord saved = store.services().people().byIdNumber(DeskFixture.id(1985, 22)).orElseThrow();
        assertEquals(head.id(), saved.householdHeadId());
        assertEquals("子女", saved.relation());
    }

    @Test
    void anExitOnAStoredPersonKeepsTheCategoryWithItsEndDate() {
        PersonRecord p = store.enrol("王秀英", DeskFixture.id(1958, 202), "前岭村", Category.MINIMUM_LIVING);
        PersonViewModel m = form();
        m.load(p.id());
        CategoryItem item = m.categories().get(0);
        m.categoryActions().end(item, LocalDate.of(2024, 5, 31));
        List<CategoryRecord> stored = store.services().people().categories(p.id());
        assertEquals(1, stored.size());
        assertEquals(LocalDate.of(2024, 5, 31), stored.get(0).to());
        assertEquals(CategoryItem.State.ENDED, m.categories().get(0).state(DeskFixture.TODAY));
    }

    @Test
    void voidingAStoredCategoryKeepsItMarkedVoided() {
        PersonRecord p = store.enrol("王秀英", DeskFixture.id(1958, 202), "前岭村", Category.MINIMUM_LIVING);
        PersonViewModel m = form();
        m.load(p.id());
        m.categoryActions().voidCategory(m.categories().get(0), "录入错误");
        List<CategoryRecord> stored = store.services().people().categories(p.id());
        assertEquals(1, stored.size());
        assertTrue(stored.get(0).voided());
    }

    @Test
    void anExitBeforeTheStartIsRefused() {
        PersonRecord p = store.enrol("王秀英", DeskFixture.id(1958, 202), "前岭村", Category.MINIMUM_LIVING);
        PersonViewModel m = form();
        m.load(p.id());
        CategoryItem item = m.categories().get(0);
        assertEquals("结束日期不能早于开始日期", m.categoryActions().endProblem(item, LocalDate.of(2021, 12, 31)));
        m.categoryActions().end(item, LocalDate.of(2021, 12, 31));
        assertNull(store.services().people().categories(p.id()).get(0).to());
    }

    @Test
    void thePolicyPanelShowsTodaysPolicyAndThePremiumSubsidy() {
        PersonViewModel m = form();
        fill(m, "王秀英", DeskFixture.id(1958, 202));
        CategoryActions actions = m.categoryActions();
        actions.add(draft(actions, Category.MINIMUM_LIVING, "2023-03-01"));
        PolicySummary s = m.summaryProperty().get();
        assertEquals("临医保发〔2022〕13号", s.policyDocument());
        assertEquals(2024, s.premiumYear());
        // 临医保发〔2022〕13号 二: 150 yuan from the assistance fund, the rest of the 400 from the county
        assertEquals("400.00", s.subsidy());
        assertEquals("150.00", s.assistanceFund());
        assertEquals("250.00", s.countyBudget());
        assertTrue(s.contributionUnconfirmed());
    }
}
