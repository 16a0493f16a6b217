package org.medaid.desk.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.access.LoginResult;
import org.medaid.access.StoreAccess;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.store.Database;
import org.medaid.users.AuthService;

/** The login screen over an encrypted store: the delay is said in Chinese, then the right password opens the store. */
class LoginDelayTest {

    @TempDir
    Path dir;

    private Instant now = Instant.parse("2026-12-02T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void afterFiveWrongPasswordsTheScreenSaysWhenToTryAgain() {
        try (Database db = new StoreAccess(dir, clock).createNew()) {
            new AuthService(db, clock).createFirstAdministrator("lwj", "李文静", "yinan-2026-desk".toCharArray());
        }
        StoreAccess access = new StoreAccess(dir, clock);
        LoginViewModel m = new LoginViewModel(LoginGate.over(access, clock), new SameThreadTaskExecutor(), ScreensFixture.CHINESE);
        LoginResult.LoggedIn[] in = new LoginResult.LoggedIn[1];
        m.setOnLoginResult(r -> in[0] = r);
        m.start();
        for (int i = 0; i < 5; i++) {
            m.loginProperty().set("lwj");
            m.passwordProperty().set("wrong-password-" + i);
            m.submit();
            assertEquals("用户名或密码错误，请重新输入", m.status().message());
        }
        m.passwordProperty().set("yinan-2026-desk");
        m.submit();
        String said = m.status().message();
        assertTrue(said.startsWith("密码错误次数过多，请在 ") && said.endsWith(" 以后再试"), said);
        now = now.plusSeconds(31);
        m.passwordProperty().set("yinan-2026-desk");
        m.submit();
        assertNotNull(in[0], m.status().message());
        assertEquals("lwj", in[0].user().login());
        in[0].database().close();
    }
}
