package org.medaid.desk.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.access.StoreAccess;
import org.medaid.recovery.StoreOpening;
import org.medaid.store.Database;
import org.medaid.users.AuthService;
import java.util.EnumSet;
import org.medaid.session.Role;
import org.medaid.session.TestSessions;
import org.medaid.users.User;

/** The login without a window, on a real H2 file: users made through the service. */
class LoginViewModelTest {

    private static final String NO_USERS = "这个数据目录里还没有任何用户，无法登录。系统管理员只在首次使用向导里创建："
            + "请点“退出”，再启动结算台，向导会自动打开。";

    @TempDir
    Path dir;
    Database db;
    org.medaid.session.Session loggedIn;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private LoginViewModel model(AuthService auth) {
        LoginViewModel m = new LoginViewModel(auth, new SameThreadTaskExecutor(), ScreensFixture.CHINESE);
        m.setOnLoggedIn(u -> loggedIn = u);
        m.start();
        return m;
    }

    private AuthService withClerk() {
        db = Database.open(dir);
        AuthService auth = new AuthService(db, Clock.systemDefaultZone());
        User admin = auth.createFirstAdministrator("admin", "管理员", "admin-pass-1".toCharArray());
        auth.createUser(TestSessions.of(admin.id(), admin.login(), admin.roles()), "clerk1", "张经办", EnumSet.of(Role.CLERK), "clerk-pass-1".toCharArray());
        return auth;
    }

    @Test
    void overAnOpenStoreTheRecoveryCodeIsNotOfferedAndOpensNothing() {
        LoginGate gate = LoginGate.over(withClerk());
        assertFalse(gate.canRecover());
        assertTrue(gate.recoverAdministrator("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", "admin", "new-admin-pass-2".toCharArray())
                instanceof org.medaid.access.LoginResult.Refused);
        assertTrue(new AuthService(db, Clock.systemDefaultZone()).login("admin", "admin-pass-1".toCharArray()).isPresent(),
                "the administrator's password is unchanged");
    }

    @Test
    void theRightPasswordLogsTheClerkIn() {
        LoginViewModel m = model(withClerk());
        m.loginProperty().set(" Clerk1 ");
        m.passwordProperty().set("clerk-pass-1");
        m.submit();
        assertEquals("clerk1", loggedIn.login());
        assertEquals(EnumSet.of(Role.CLERK), loggedIn.roles());
        assertEquals("", m.passwordProperty().get(), "the password does not stay in the form");
    }

    @Test
    void aWrongPasswordIsSaidInChineseWithoutSayingWhichPartWasWrong() {
        LoginViewModel m = model(withClerk());
        m.loginProperty().set("clerk1");
        m.passwordProperty().set("clerk-pass-2");
        m.submit();
        assertNull(loggedIn);
        assertEquals("用户名或密码错误，请重新输入", m.status().message());
        m.loginProperty().set("nobody");
        m.passwordProperty().set("clerk-pass-1");
        m.submit();
        assertEquals("用户名或密码错误，请重新输入", m.status().message());
    }

    /**
     * ADR 0082: the first administrator is the first-run wizard's alone. A store without users gets the sentence
     * that sends the clerk there; the login makes nobody, whatever is typed.
     */
    @Test
    void withoutAnyUserTheLoginMakesNobodyAndSaysWhereTheAdministratorIsMade() {
        db = Database.open(dir);
        AuthService auth = new AuthService(db, Clock.systemDefaultZone());
        LoginViewModel m = model(auth);
        assertTrue(m.noUsersProperty().get());
        assertTrue(m.status().isError());
        assertEquals(NO_USERS, m.status().message());
        m.loginProperty().set("admin");
        m.passwordProperty().set("lanshan2026");
        assertFalse(m.canSubmitBinding().get(), "nothing to submit to");
        m.submit();
        assertNull(loggedIn);
        assertFalse(auth.hasUsers(), "the login made no administrator");
        assertEquals(NO_USERS, m.status().message(), "the sentence stays while the clerk types");
    }

    /** The start-up gate over a data folder with nothing in it: no user, and nothing written by the login. */
    @Test
    void anEmptyDataFolderGetsTheSentenceAndNoStore() throws Exception {
        Path empty = dir.resolve("empty");
        java.nio.file.Files.createDirectories(empty);
        Clock clock = Clock.systemDefaultZone();
        LoginViewModel m = new LoginViewModel(LoginGate.over(new StoreAccess(empty, clock,
                new StoreOpening(dir.resolve("backups"), java.util.List.of(), clock)), clock),
                new SameThreadTaskExecutor(), ScreensFixture.CHINESE);
        m.start();
        assertTrue(m.noUsersProperty().get());
        assertEquals(NO_USERS, m.status().message());
        m.loginProperty().set("admin");
        m.passwordProperty().set("lanshan2026");
        m.submit();
        try (var files = java.nio.file.Files.list(empty)) {
            assertEquals(java.util.List.of(), files.toList(), "no keyring, no store");
        }
    }

    @Test
    void theEnglishDeskSaysItInEnglish() {
        LoginViewModel m = new LoginViewModel(withClerk(), new SameThreadTaskExecutor(), Texts.load(Locale.ENGLISH));
        m.start();
        m.loginProperty().set("clerk1");
        m.passwordProperty().set("wrong-pass-9");
        m.submit();
        assertEquals("Wrong user name or password; please try again", m.status().message());
    }

    /** Holds every task until {@link #release}: the users check at the login's start has not answered yet. */
    private static final class HeldExecutor implements org.medaid.desk.task.TaskExecutor {
        private final SameThreadTaskExecutor same = new SameThreadTaskExecutor();
        private final java.util.List<org.medaid.desk.task.BackgroundTask<?>> held = new java.util.ArrayList<>();
        private boolean holding = true;

        @Override
        public <T> org.medaid.desk.task.TaskHandle submit(org.medaid.desk.task.BackgroundTask<T> task) {
            if (holding) {
                held.add(task);
                return org.medaid.desk.task.TaskHandle.DONE;
            }
            return same.submit(task);
        }

        void hold() {
            holding = true;
        }

        void release() {
            holding = false;
            held.forEach(same::submit);
            held.clear();
        }

        @Override
        public org.medaid.desk.task.TaskHandle schedule(java.time.Duration delay, Runnable action) {
            return same.schedule(delay, action);
        }

        @Override
        public void onUi(Runnable action) {
            action.run();
        }

        @Override
        public void shutdown() {
            same.shutdown();
        }

        @Override
        public boolean isShutdown() {
            return same.isShutdown();
        }
    }

    @Test
    void anEnterBeforeTheUsersCheckAnsweredLogsInOnceItHas() {
        HeldExecutor executor = new HeldExecutor();
        LoginViewModel m = new LoginViewModel(withClerk(), executor, ScreensFixture.CHINESE);
        m.setOnLoggedIn(u -> loggedIn = u);
        m.start();
        m.loginProperty().set("clerk1");
        m.passwordProperty().set("clerk-pass-1");
        assertTrue(m.canSubmitBinding().get(), "a filled form can be sent while the store is still being asked");
        m.submit();
        assertNull(loggedIn, "nothing is sent before the store said whether anyone exists");
        executor.release();
        assertEquals("clerk1", loggedIn == null ? null : loggedIn.login(), "the clerk's Enter is not lost");
        assertEquals("", m.passwordProperty().get());
    }

    @Test
    void anEnterBeforeTheCheckOnAStoreWithoutUsersIsDroppedWithTheSentence() {
        db = Database.open(dir);
        HeldExecutor executor = new HeldExecutor();
        LoginViewModel m = new LoginViewModel(new AuthService(db, Clock.systemDefaultZone()), executor, ScreensFixture.CHINESE);
        m.setOnLoggedIn(u -> loggedIn = u);
        m.start();
        m.loginProperty().set("admin");
        m.passwordProperty().set("lanshan2026");
        m.submit();
        executor.release();
        assertNull(loggedIn);
        assertTrue(m.noUsersProperty().get());
        assertEquals(NO_USERS, m.status().message());
        assertFalse(m.canSubmitBinding().get(), "nothing to submit to");
        assertFalse(new AuthService(db, Clock.systemDefaultZone()).hasUsers(), "nobody was created");
    }

    @Test
    void whileTheStoreIsCheckedAndOpenedTheLoginSaysSoAndARefusalReplacesIt() {
        HeldExecutor executor = new HeldExecutor();
        LoginViewModel m = new LoginViewModel(withClerk(), executor, ScreensFixture.CHINESE);
        m.start();
        executor.release();
        executor.hold();
        m.loginProperty().set("clerk1");
        m.passwordProperty().set("wrong-pass-1");
        m.submit();
        assertEquals("正在核对并打开数据，人员多时请稍候……", m.status().message());
        assertFalse(m.status().isError(), "news, not a refusal");
        assertTrue(m.status().isBusy());
        executor.release();
        assertEquals("用户名或密码错误，请重新输入", m.status().message());
        assertTrue(m.status().isError());
        assertFalse(m.status().isBusy());
    }
}
