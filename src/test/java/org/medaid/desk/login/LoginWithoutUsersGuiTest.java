package org.medaid.desk.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.access.LoginResult;
import org.medaid.access.StoreAccess;
import org.medaid.desk.GuiTeardown;
import org.medaid.desk.ShotsFolder;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.recovery.StoreOpening;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * ADR 0082: the login window over a data folder without users makes no administrator. It says in Chinese where
 * the administrator is made, its fields and 登录 take nothing, the keyboard is on 退出, and nothing is written into
 * the folder. With {@code -Dmedaid.shots=docs/screenshots}: login-no-users.png.
 */
class LoginWithoutUsersGuiTest {

    @TempDir
    Path dir;
    private Stage owner;
    private FxTaskExecutor executor;
    private final FxRobot robot = new FxRobot();
    private final AtomicReference<LoginResult.LoggedIn> loggedIn = new AtomicReference<>();

    @BeforeEach
    void window() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> s.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 900, 600)));
        FxToolkit.setupFixture(() -> executor = new FxTaskExecutor(Throwable::printStackTrace));
    }

    @AfterEach
    void close() throws Exception {
        GuiTeardown.closeWindows();
        executor.shutdown();
    }

    @Test
    void anEmptyDataFolderIsToldWhereTheAdministratorIsMade() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Clock clock = Clock.systemDefaultZone();
        StoreAccess access = new StoreAccess(data, clock, new StoreOpening(dir.resolve("backups"), List.of(), clock));
        WaitForAsyncUtils.asyncFx(() -> LoginDialogView.show(owner, LoginGate.over(access, clock), executor,
                ScreensFixture.CHINESE, loggedIn::set)).get(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
        waitUntil(() -> !text("#messageLabel").isEmpty());
        assertEquals("这个数据目录里还没有任何用户，无法登录。系统管理员只在首次使用向导里创建：请点“退出”，再启动结算台，向导会自动打开。",
                text("#messageLabel"));
        assertTrue(robot.lookup("#messageLabel").query().getStyleClass().contains("field-message"), "said as a refusal");
        waitUntil(() -> robot.lookup("#quitButton").query().isFocused());
        assertTrue(robot.lookup("#loginField").query().isDisabled());
        assertTrue(robot.lookup("#passwordField").query().isDisabled());
        assertTrue(robot.lookup("#loginButton").query().isDisabled());
        ShotsFolder.shoot(robot.lookup("#quitButton").query().getScene(), "login-no-users.png");
        // (no key is pressed here: 退出 has the keyboard, and it would end the test's FX toolkit)
        assertEquals(null, loggedIn.get());
        try (var files = Files.list(data)) {
            assertEquals(List.of(), files.toList(), "the login wrote nothing");
        }
    }

    private String text(String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        org.medaid.Patience.until(condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
