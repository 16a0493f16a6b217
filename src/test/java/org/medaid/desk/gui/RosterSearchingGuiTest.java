package org.medaid.desk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.Patience;
import org.medaid.desk.DeskFixture;
import org.medaid.desk.ShotsFolder;
import org.medaid.desk.common.Texts;
import org.medaid.desk.roster.RosterView;
import org.medaid.desk.roster.RosterViewModel;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.model.Category;
import org.medaid.roster.Roster;
import org.medaid.roster.RosterQuery;
import org.medaid.roster.RosterRow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * ADR 0105, as the clerk sees it: a search that found nobody says so; the next search, while it is being read, says
 * 正在查找…… instead of repeating "nobody" about a question not yet answered; its people then replace the sentence.
 * The roster is the real one over a real store; the test holds the second search until it has looked at the screen.
 */
class RosterSearchingGuiTest {

    @TempDir
    Path folder;
    private DeskFixture store;
    private FxTaskExecutor executor;
    private final FxRobot robot = new FxRobot();
    private final CountDownLatch searching = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicReference<String> heldText = new AtomicReference<>("held: none yet");
    private RosterViewModel model;
    private Scene scene;

    @BeforeEach
    void open() throws Exception {
        store = new DeskFixture(folder);
        store.enrol("张三", DeskFixture.id(1956, 11), "前岭村", Category.MINIMUM_LIVING);
        store.enrol("李四", DeskFixture.id(1961, 13), "后岭村");
        Roster real = store.services().roster();
        Roster held = new Roster() {
            @Override
            public List<RosterRow> search(RosterQuery query, int offset, int limit) {
                if (query.text().startsWith(heldText.get())) {
                    searching.countDown();
                    try {
                        release.await(Patience.SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return real.search(query, offset, limit);
            }

            @Override
            public int count(RosterQuery query) {
                return real.count(query);
            }
        };
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            executor = new FxTaskExecutor(Throwable::printStackTrace);
            model = new RosterViewModel(held, executor, () -> DeskFixture.TODAY, RosterViewModel.DEFAULT_PAGE_SIZE);
            scene = new Scene(new RosterView(model, Texts.load(Locale.SIMPLIFIED_CHINESE)).view(), 1100, 600);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        release.countDown();
        org.medaid.desk.GuiTeardown.closeWindows();
        executor.shutdown();
        store.close();
    }

    @Test
    void theNextSearchSaysSearchingUntilItsPeopleArrive() throws Exception {
        robot.interact(() -> model.searchTextProperty().set("无此人"));
        waitUntil(() -> "没有符合条件的人员".equals(placeholder()) && table().getItems().isEmpty() && model.totalProperty().get() == 0);

        String start = DeskFixture.id(1956, 11).substring(0, 10);
        heldText.set(start);
        robot.interact(() -> model.searchTextProperty().set(start));
        assertTrue(searching.await(Patience.SECONDS, TimeUnit.SECONDS), "the second search started");
        waitUntil(() -> "正在查找……".equals(placeholder()));
        assertTrue(table().getItems().isEmpty(), "nothing from the new search yet");
        ShotsFolder.shoot(scene, "roster-searching.png");

        release.countDown();
        waitUntil(() -> !table().getItems().isEmpty());
        assertEquals("张三", table().getItems().get(0).name());
    }

    private TableView<RosterRow> table() {
        @SuppressWarnings("unchecked")
        TableView<RosterRow> t = robot.lookup(".table-view").queryAs(TableView.class);
        return t;
    }

    private String placeholder() {
        return ((Label) table().getPlaceholder()).getText();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        org.medaid.Patience.until(condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
