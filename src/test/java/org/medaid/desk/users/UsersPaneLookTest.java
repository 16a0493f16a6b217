package org.medaid.desk.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
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
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.store.Database;
import org.medaid.users.AuthService;
import java.util.EnumSet;
import org.medaid.session.Role;
import org.medaid.session.TestSessions;
import org.medaid.users.User;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The users card built in a real scene: the table lists every user and an administrator's form is enabled. */
class UsersPaneLookTest {

    @TempDir
    Path folder;
    private Database db;
    private User admin;
    private AuthService auth;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        db = Database.open(folder);
        auth = new AuthService(db);
        admin = auth.createFirstAdministrator("admin", "县医保局管理员", "admin-pass-1".toCharArray());
        auth.createUser(TestSessions.of(admin.id(), admin.login(), admin.roles()), "jing", "张经办", EnumSet.of(Role.CLERK), "clerk-pass-1".toCharArray());
        auth.createUser(TestSessions.of(admin.id(), admin.login(), admin.roles()), "shen", "李审核", EnumSet.of(Role.TOWNSHIP_REVIEWER), "review-pass-1".toCharArray());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theTableListsEveryUserAndTheAdministratorMayAdd() throws Exception {
        UsersView[] pane = new UsersView[1];
        WaitForAsyncUtils.asyncFx(() -> {
            pane[0] = new UsersView(new UsersViewModel(auth, new SameThreadTaskExecutor(), TestSessions.of(admin.id(), admin.login(), admin.roles()), Locale.SIMPLIFIED_CHINESE),
                    Locale.SIMPLIFIED_CHINESE);
            StackPane root = new StackPane(pane[0].view());
            Scene scene = new Scene(root, 800, 420);
            scene.getStylesheets().add(UsersPaneLookTest.class.getResource("/org/medaid/desk/desk.css").toExternalForm());
            root.applyCss();
            root.layout();
            String out = System.getenv("MEDAID_SNAPSHOT_USERS");
            if (out != null) {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(root.snapshot(null, null), null), "png", Path.of(out).toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = (TableView<?>) pane[0].view().lookup("#usersTable");
        assertEquals(3, table.getItems().size());
        assertTrue(!pane[0].view().lookup("#usersLogin").isDisabled());
        Platform.runLater(() -> { });
    }
}
