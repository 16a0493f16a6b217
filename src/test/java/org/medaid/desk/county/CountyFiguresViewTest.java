package org.medaid.desk.county;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.backup.CountyFigures;
import org.medaid.backup.CountyRegistrySource;
import org.medaid.calc.Calculator;
import org.medaid.calc.PremiumResult;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.model.CaseFile;
import org.medaid.model.Category;
import org.medaid.model.CategorySpan;
import org.medaid.model.Insurance;
import org.medaid.model.Person;
import org.medaid.model.PremiumRequest;
import org.medaid.store.Database;
import org.medaid.users.AuthService;
import org.medaid.session.Role;
import org.medaid.session.TestSessions;
import org.medaid.users.User;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 设置 › 县级参数 (ADR 0036) in a real scene: the administrator sets Linyi's 2026 contribution with its
 * document, and the desk's next computation (a calculator reading the desk's policy source) uses it.
 */
class CountyFiguresViewTest {

    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 12, 2).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path folder;
    private Database db;
    private User admin;
    private User clerk;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        org.medaid.model.Labels.setLocale(java.util.Locale.SIMPLIFIED_CHINESE); // another test may have left the desk in English
        db = Database.open(folder);
        AuthService auth = new AuthService(db);
        admin = auth.createFirstAdministrator("admin", "县医保局管理员", "admin-pass-1".toCharArray());
        clerk = auth.createUser(TestSessions.of(admin.id(), admin.login(), admin.roles()), "jing", "张经办",
                java.util.EnumSet.of(Role.CLERK), "clerk-pass-1".toCharArray());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aFigureSetOnTheDeskIsUsedByTheNextComputation() throws Exception {
        CountyRegistrySource policies = new CountyRegistrySource(folder);
        Calculator calculator = new Calculator(policies);
        CountyFiguresViewModel model = new CountyFiguresViewModel(new CountyFigures(folder), policies,
                new org.medaid.insurance.CountyConditions(db, policies, TODAY), new SameThreadTaskExecutor(),
                TestSessions.of(admin.id(), admin.login(), admin.roles()), TODAY);
        CountyFiguresView[] pane = new CountyFiguresView[1];
        WaitForAsyncUtils.asyncFx(() -> {
            pane[0] = new CountyFiguresView(model);
            model.policyProperty().set(policies.get().byId("linyi-2022").orElseThrow());
        }).get();
        CountyFigureRows.Row row = model.rows().stream().filter(r -> r.figure().equals("premium.contribution.2026")).findFirst()
                .orElseThrow(() -> new AssertionError("no 2026 contribution row in " + model.rows()));
        assertEquals("未填写", CountyFiguresView.state(row));

        WaitForAsyncUtils.asyncFx(() -> {
            model.selectedProperty().unbind();
            model.selectedProperty().set(row);
            model.valueProperty().set("");
            model.save();
            assertEquals("请输入不小于0的数值（比例填小数，如 0.65 表示65%）。", model.status().message());
            model.valueProperty().set("420");
            model.save();
            assertEquals("请填写文件依据（如文件文号或统计公报）。", model.status().message());
            model.documentProperty().set("临医保发〔2025〕20号");
            model.save();
        }).get();
        assertTrue(model.status().message().startsWith("已保存"), model.status().message());

        PremiumResult r = calculator.calculate(new CaseFile(new Person("371302", Insurance.RESIDENT,
                List.of(new CategorySpan(Category.EXTREME_POOR, LocalDate.of(2020, 1, 1), null))), List.of(),
                new PremiumRequest(2026, null, LocalDate.of(2025, 10, 1)))).premium();
        assertEquals(new BigDecimal("420.00"), r.contribution());
        assertEquals(new BigDecimal("420.00"), r.subsidy());

        CountyFigureRows.Row after = model.rows().stream().filter(x -> x.figure().equals("premium.contribution.2026")).findFirst()
                .orElseThrow();
        assertTrue(CountyFiguresView.state(after).contains("临医保发〔2025〕20号"), CountyFiguresView.state(after));
        snapshot(pane[0], "MEDAID_SNAPSHOT_COUNTY");
        TableView<?> table = (TableView<?>) pane[0].view().lookup("#countyTable");
        assertTrue(table.getItems().size() >= 5, "contributions 2023–2027 and the unconfirmed figures");
        // coverage.required (ADR 0092) is not a figure: shown under the table, Linyi's clause; 邵阳's is unconfirmed
        javafx.scene.control.Label condition = (javafx.scene.control.Label) pane[0].view().lookup("#countyInsuranceCondition");
        assertTrue(condition.getText().startsWith("参保条件（不是数值参数，不在上表）：医疗救助须已参加基本医疗保险（鲁医保发〔2021〕56号 二(六)"),
                condition.getText());
        WaitForAsyncUtils.asyncFx(() -> model.policyProperty().set(policies.get().byId("shaoyang-2021").orElseThrow())).get();
        assertTrue(condition.getText().contains("邵医保发〔2021〕32号未写明医疗救助须已参加基本医疗保险，此条件待县区医保局确认"),
                condition.getText());
    }

    @Test
    void aClerkSeesTheFiguresButCannotSetOne() throws Exception {
        CountyRegistrySource policies = new CountyRegistrySource(folder);
        CountyFiguresViewModel model = new CountyFiguresViewModel(new CountyFigures(folder), policies,
                new org.medaid.insurance.CountyConditions(db, policies, TODAY), new SameThreadTaskExecutor(),
                TestSessions.of(clerk.id(), clerk.login(), clerk.roles()), TODAY);
        CountyFiguresView[] pane = new CountyFiguresView[1];
        WaitForAsyncUtils.asyncFx(() -> pane[0] = new CountyFiguresView(model)).get();
        assertTrue(pane[0].view().lookup("#countyValue").isDisabled());
        assertFalse(model.rows().isEmpty());
        model.save();
        assertEquals("只有系统管理员可以设置县级参数。", model.status().message());
    }

    private static void snapshot(CountyFiguresView pane, String env) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            StackPane root = new StackPane(pane.view());
            Scene scene = new Scene(root, 800, 560);
            scene.getStylesheets().add(CountyFiguresViewTest.class.getResource("/org/medaid/desk/desk.css").toExternalForm());
            root.applyCss();
            root.layout();
            String out = System.getenv(env);
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
