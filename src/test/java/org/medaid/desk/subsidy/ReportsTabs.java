package org.medaid.desk.subsidy;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks the 报表 tab with this title (its header, scrolled into view when the header row overflows). */
public final class ReportsTabs {

    private ReportsTabs() {
    }

    public static void select(FxRobot robot, String title) {
        TabPane tabs = robot.lookup(".reports-tabs").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no 报表 tab " + title));
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup(".tab-pane .tab").queryAll().stream()
                .filter(n -> n.lookup(".tab-label") instanceof javafx.scene.control.Label l && title.equals(l.getText()))
                .findFirst().ifPresent(n -> robot.clickOn(n, MouseButton.PRIMARY));
    }
}
