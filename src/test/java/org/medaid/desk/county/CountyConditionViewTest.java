package org.medaid.desk.county;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.backup.CountyFigures;
import org.medaid.backup.CountyRegistrySource;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.insurance.CountyConditions;
import org.medaid.session.Role;
import org.medaid.session.Session;
import org.medaid.session.TestSessions;
import org.medaid.store.Database;
import org.medaid.users.AuthService;
import org.medaid.users.User;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 参保条件 section of 设置 › 县级参数 (ADR 0098) in a real scene over a real H2 store: the administrator records
 * Shaoyang's decision with the county's document through the page's controls, the sentence under the table cites it and
 * the earlier decision stays listed; Linyi's own clause is not offered; a clerk cannot record. With
 * {@code MEDAID_SNAPSHOT_CONDITION=file.png} the page is saved as a picture.
 */
class CountyConditionViewTest {

    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 12, 2).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path folder;
    private Database db;
    private Session admin;
    private Session clerk;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        org.medaid.model.Labels.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        db = Database.open(folder);
        AuthService auth = new AuthService(db);
        User a = auth.createFirstAdministrator("admin", "县医保局管理员", "admin-pass-1".toCharArray());
        admin = TestSessions.of(a.id(), a.login(), a.roles());
        User c = auth.createUser(admin, "jing", "张经办", EnumSet.of(Role.CLERK), "clerk-pass-1".toCharArray());
        clerk = TestSessions.of(c.id(), c.login(), c.roles());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CountyFiguresView page(Session who, CountyRegistrySource policies, String policyId) throws Exception {
        CountyFiguresViewModel model = new CountyFiguresViewModel(new CountyFigures(folder), policies,
                new CountyConditions(db, policies, TODAY), new SameThreadTaskExecutor(), who, TODAY);
        CountyFiguresView[] pane = new CountyFiguresView[1];
        WaitForAsyncUtils.asyncFx(() -> {
            pane[0] = new CountyFiguresView(model);
            model.policyProperty().set(policies.get().byId(policyId).orElseThrow());
        }).get();
        return pane[0];
    }

    private static <T extends Node> T find(CountyFiguresView page, String id) {
        @SuppressWarnings("unchecked")
        T node = (T) page.view().lookup("#" + id);
        return node;
    }

    /** Whether the node and every parent are visible (a hidden section hides its controls). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String message(CountyFiguresView page) {
        return CountyConditionViewTest.<Label>find(page, "countyMessage").getText();
    }

    @Test
    void theAdministratorRecordsShaoyangsDecisionWithTheCountysDocument() throws Exception {
        CountyRegistrySource policies = new CountyRegistrySource(folder);
        CountyFiguresView page = page(admin, policies, "shaoyang-2021");
        Label sentence = find(page, "countyInsuranceCondition");
        assertTrue(sentence.getText().contains("邵医保发〔2021〕32号未写明医疗救助须已参加基本医疗保险，此条件待县区医保局确认"), sentence.getText());
        assertTrue(shown(find(page, "countyConditionSave")));
        assertFalse(shown(find(page, "countyConditionFixed")));
        assertFalse(shown(find(page, "countyConditionHistory")), "no decision recorded yet");

        Button save = find(page, "countyConditionSave");
        WaitForAsyncUtils.asyncFx(save::fire).get();
        assertEquals("请选择县区的决定：须已参加基本医疗保险，或不以此为条件。", message(page));
        WaitForAsyncUtils.asyncFx(() -> {
            ((RadioButton) find(page, "countyConditionNotRequired")).fire();
            ((TextField) find(page, "countyConditionClause")).setText("第三条");
            ((TextField) find(page, "countyConditionQuoted")).setText("未参保的困难群众不影响其申请医疗救助");
            save.fire();
        }).get();
        assertEquals("请填写县区文件的文号（如 某医保发〔2023〕12号）：参保条件的决定须有文件依据", message(page), "nothing without a source");
        WaitForAsyncUtils.asyncFx(() -> {
            ((TextField) find(page, "countyConditionDocument")).setText("新邵医保发〔2023〕12号");
            save.fire();
        }).get();
        assertEquals("已记录：邵医保发〔2021〕32号适用地区的医疗救助不以参加基本医疗保险为条件，依据 "
                + "新邵医保发〔2023〕12号 第三条「未参保的困难群众不影响其申请医疗救助」。", message(page));
        assertEquals("参保条件（不是数值参数，不在上表）：县区医保局已确认医疗救助不以参加基本医疗保险为条件（新邵医保发〔2023〕12号 第三条"
                + "「未参保的困难群众不影响其申请医疗救助」；邵医保发〔2021〕32号未写明此条件）", sentence.getText());
        assertEquals("", ((TextField) find(page, "countyConditionDocument")).getText(), "the form is cleared for the next decision");

        // a later decision supersedes it; the first stays in the record under the form
        WaitForAsyncUtils.asyncFx(() -> {
            ((RadioButton) find(page, "countyConditionRequired")).fire();
            ((TextField) find(page, "countyConditionDocument")).setText("新邵医保发〔2024〕5号");
            ((TextField) find(page, "countyConditionClause")).setText("第二条");
            ((TextField) find(page, "countyConditionQuoted")).setText("医疗救助对象须已参加城乡居民基本医疗保险");
            save.fire();
        }).get();
        assertTrue(sentence.getText().startsWith("参保条件（不是数值参数，不在上表）：医疗救助须已参加基本医疗保险（县区医保局确认："
                + "新邵医保发〔2024〕5号 第二条「医疗救助对象须已参加城乡居民基本医疗保险」"), sentence.getText());
        Label history = find(page, "countyConditionHistory");
        assertTrue(shown(history));
        assertEquals("县区决定记录（最新在前）：\n现行　2026-12-02 admin：须已参加基本医疗保险（新邵医保发〔2024〕5号 第二条「医疗救助对象须已参加城乡居民基本医疗保险」）\n"
                + "已被取代　2026-12-02 admin：不以参加基本医疗保险为条件（新邵医保发〔2023〕12号 第三条「未参保的困难群众不影响其申请医疗救助」）",
                history.getText());
        snapshot(page);
    }

    @Test
    void linyisOwnClauseIsNotOfferedAndSaysSo() throws Exception {
        CountyFiguresView page = page(admin, new CountyRegistrySource(folder), "linyi-2022");
        assertFalse(shown(find(page, "countyConditionSave")), "no form over a clause of the document");
        Label fixed = find(page, "countyConditionFixed");
        assertTrue(shown(fixed));
        assertEquals("临医保发〔2022〕13号本身已写明此条件（见上句所引条款），县区不能在本页改变。", fixed.getText());
        assertTrue(CountyConditionViewTest.<Label>find(page, "countyInsuranceCondition").getText()
                .contains("医疗救助须已参加基本医疗保险（鲁医保发〔2021〕56号 二(六)"));
    }

    @Test
    void aClerkSeesTheConditionButCannotRecordADecision() throws Exception {
        CountyFiguresView page = page(clerk, new CountyRegistrySource(folder), "shaoyang-2021");
        assertTrue(find(page, "countyConditionDocument").isDisabled());
        assertTrue(find(page, "countyConditionSave").isDisabled());
        // the view model refuses too, whatever reaches it
        CountyFiguresViewModel m = new CountyFiguresViewModel(new CountyFigures(folder), new CountyRegistrySource(folder),
                new CountyConditions(db, new CountyRegistrySource(folder), TODAY), new SameThreadTaskExecutor(), clerk, TODAY);
        WaitForAsyncUtils.asyncFx(() -> {
            new CountyFiguresView(m);
            m.condition().requiredProperty().set(false);
            m.condition().documentProperty().set("新邵医保发〔2023〕12号");
            m.condition().clauseProperty().set("第三条");
            m.condition().quotedProperty().set("不影响其申请医疗救助");
            m.condition().save();
        }).get();
        assertEquals("只有系统管理员可以记录县区对参保条件的决定。", m.status().message());
        assertTrue(new CountyConditions(db, new CountyRegistrySource(folder), TODAY).history("shaoyang-2021").isEmpty());
    }

    private static void snapshot(CountyFiguresView pane) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            StackPane root = new StackPane(pane.view());
            Scene scene = new Scene(root, 880, 760);
            scene.getStylesheets().add(CountyConditionViewTest.class.getResource("/org/medaid/desk/desk.css").toExternalForm());
            root.applyCss();
            root.layout();
            String out = System.getenv("MEDAID_SNAPSHOT_CONDITION");
            if (out != null) {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(root.snapshot(null, null), null), "png", Path.of(out).toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
