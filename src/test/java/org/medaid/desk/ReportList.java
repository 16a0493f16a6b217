package org.medaid.desk;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.medaid.desk.common.Texts;
import org.medaid.desk.reports.ReportEntry;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the 报表 report with this title (Chinese or English) by clicking it in the report list, as a clerk would. */
public final class ReportList {

    private ReportList() {
    }

    public static void open(FxRobot robot, String title) {
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<ReportEntry> list = robot.lookup("#reportList").queryAs(ListView.class);
        Texts zh = Texts.load(Locale.SIMPLIFIED_CHINESE);
        Texts en = Texts.load(Locale.ENGLISH);
        ReportEntry entry = list.getItems().stream()
                .filter(e -> title.equals(zh.get(e.titleKey())) || title.equals(en.get(e.titleKey()))).findFirst()
                .orElseThrow(() -> new AssertionError("no report " + title + " in the report list"));
        robot.interact(() -> list.scrollTo(entry));
        robot.lookup(".report-title").queryAllAs(Label.class).stream()
                .filter(l -> title.equals(l.getText()) && l.getScene() != null && l.isVisible()).findFirst()
                .ifPresentOrElse(robot::clickOn, () -> robot.interact(() -> list.getSelectionModel().select(entry)));
        WaitForAsyncUtils.waitForFxEvents();
        if (list.getSelectionModel().getSelectedItem() != entry) {
            throw new AssertionError("the report list did not choose " + title);
        }
    }
}
