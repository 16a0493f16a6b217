package org.medaid.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.medaid.desk.ShotsFolder;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.desk.ReportList;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;
import org.medaid.watch.WatchStore;

/** 报表 › 家庭经济状况 in the real desk, typed by keyboard: found by ID number, saved onto the household head. */
class HouseholdFactsGuiTest extends ScreensGuiTest {

    private PersonRecord wang;

    @Override
    protected void fill(ScreensFixture f) {
        wang = f.person("王五", ScreensFixture.LINYI, "东岭村", Category.MINIMUM_LIVING);
    }

    /** A node of the 家庭经济状况 page (other pages of the desk have fields of the same ids). */
    private javafx.scene.Node in(String id) {
        javafx.scene.Node page = robot.lookup("#householdLabel").query();
        while (!page.getStyleClass().contains("page")) {
            page = page.getParent();
        }
        return robot.from(page).lookup(id).query();
    }

    @Test
    void aHouseholdsMeansAreTypedAndSaved() throws Exception {
        openAs(fx.clerk);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT4);
        ReportList.open(robot, "家庭经济状况");
        waitUntil(() -> robot.lookup("#householdLabel").tryQuery().isPresent());
        robot.clickOn(in("#idField")).write(wang.idNumber()).type(KeyCode.ENTER);
        waitUntil(() -> ((Label) in("#householdLabel")).getText().contains("王五"));
        robot.clickOn(in("#incomeField")).write("18000");
        robot.clickOn(in("#assetsField")).write("42000.50");
        robot.clickOn(in("#sourceField")).write("2024年家庭经济状况核对报告");
        robot.clickOn(in("#saveButton"));
        WatchStore store = new WatchStore(fx.work.database(), fx.work.clock());
        waitUntil(() -> store.facts(wang.id(), 2024).isPresent());
        assertEquals(new BigDecimal("18000.00"), store.facts(wang.id(), 2024).orElseThrow().annualIncome());
        waitUntil(() -> ((Label) in("#currentLabel")).getText().contains("18,000.00"));
        ShotsFolder.shoot(window.scene(), "household-facts.png");
    }
}
