package org.medaid.desk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.medaid.desk.DeskFixture;
import org.medaid.identity.PolicyArea;
import org.medaid.roster.RosterQuery;

/** Issue #3: on first start an empty store is offered a sample township, loaded with a progress bar. */
class FirstStartTest extends DeskGuiTest {

    @Override
    protected boolean offerSamples() {
        return true;
    }

    @Test
    void theWelcomeDialogLoadsTheChosenTownshipIntoTheRoster() throws Exception {
        waitUntil(() -> robot.lookup("#sampleLINYI").tryQuery().isPresent());
        robot.clickOn("#sampleLINYI");
        robot.clickOn("#loadSample");
        waitUntil(() -> robot.lookup("#loadSample").tryQuery().isEmpty());
        int people = store.services().roster().count(RosterQuery.all(DeskFixture.TODAY));
        assertTrue(people >= 200, "only " + people + " people");
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 50);
        assertEquals(PolicyArea.LINYI, window.model().areaProperty().get());
    }
}
