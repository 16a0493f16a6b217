package org.medaid.desk.chronic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.desk.HeaderCheck;
import org.medaid.desk.ShotsFolder;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.desk.ReportList;
import org.medaid.chronic.ChronicEntitlements;
import org.medaid.chronic.Entitlement;
import org.medaid.model.Category;
import org.medaid.session.Session;
import org.medaid.store.PersonRecord;

/** 报表 › 慢特病帮办代办 in the real desk: the 帮办 still waiting first and marked, the certified 代办 with its certificate. */
class HelpedListGuiTest extends ScreensGuiTest {

    @Override
    protected void fill(ScreensFixture f) {
        ChronicEntitlements chronic = f.work.chronic();
        Session clerk = ScreensFixture.service(f.clerk);
        PersonRecord liu = f.person("刘桂香", ScreensFixture.SHAOYANG, "白云村", Category.MINIMUM_LIVING);
        Entitlement proxy = chronic.application(liu.id(), "尿毒症", Entitlement.Help.PROXY, LocalDate.of(2024, 10, 8), clerk);
        chronic.certify(proxy.id(), proxy.version(), "SY-2024-118", LocalDate.of(2024, 11, 1), LocalDate.of(2025, 10, 31),
                "邵东县医疗保障局", clerk);
        PersonRecord wang = f.person("王五", ScreensFixture.LINYI, "朱保村", Category.MINIMUM_LIVING);
        chronic.application(wang.id(), "慢性阻塞性肺疾病", Entitlement.Help.HELPED, LocalDate.of(2024, 12, 2), clerk);
        PersonRecord alone = f.person("孙七", ScreensFixture.SHAOYANG, "白云村", Category.MINIMUM_LIVING);
        chronic.certificate(alone.id(), "高血压", "SY-2024-200", LocalDate.of(2024, 6, 1), null, "邵东县医疗保障局", clerk);
    }

    @SuppressWarnings("unchecked")
    private TableView<HelpedListViewModel.Row> table() {
        return robot.lookup("#helpedTable").queryAs(TableView.class);
    }

    @Test
    void theWaitingApplicationIsMarkedAndTheCertifiedOneShowsItsCertificate() throws Exception {
        openAs(fx.clerk);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT4);
        ReportList.open(robot, "慢特病帮办代办");
        waitUntil(() -> robot.lookup("#helpedTable").tryQuery().isPresent() && table().getItems().size() == 2);
        assertEquals(List.of(), HeaderCheck.cut(table()));
        List<String> first = table().getColumns().stream().map(c -> String.valueOf(c.getCellData(0))).toList();
        assertEquals("王五", first.get(0));
        assertTrue(first.get(1).matches("3713\\*{10}\\d{3}[0-9X]"), "masked: " + first.get(1));
        assertEquals(List.of("枣园镇 朱保村", "慢性阻塞性肺疾病", "帮办", "2024-12-02", "认定中"), first.subList(2, 7));
        assertTrue(first.get(7).startsWith("已等待 "), first.get(7));
        List<String> second = table().getColumns().stream().map(c -> String.valueOf(c.getCellData(1))).toList();
        assertEquals(List.of("刘桂香", "代办", "已认定"), List.of(second.get(0), second.get(4), second.get(6)));
        assertTrue(second.get(8).startsWith("证书 SY-2024-118"), second.get(8));
        waitUntil(() -> robot.lookup(".table-row-cell.overdue").queryAll().size() == 1);
        ShotsFolder.shoot(window.scene(), "chronic-helped.png");
    }
}
