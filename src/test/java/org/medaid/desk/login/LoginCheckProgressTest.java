package org.medaid.desk.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.access.LoginResult;
import org.medaid.access.StoreAccess;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.recovery.StoreOpening;
import org.medaid.store.AuditChainBrokenException;
import org.medaid.store.Database;
import org.medaid.users.AuthService;

/**
 * ADR 0106: a login whose store is checked whole before it opens (after an update that migrates it, or a restore)
 * says how far the check is, on a real encrypted store: 正在核对全部数据 n/m…… from 0 to every part, then the desk opens.
 * The store here waits for its restored county figures, which makes the login check it whole as a migration does.
 */
class LoginCheckProgressTest {

    private static final String PASSWORD = "lanshan-admin-7";

    @TempDir
    Path dir;

    @Test
    void theLoginTellsHowFarTheWholeCheckIs() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        StoreOpening opening = new StoreOpening(dir.resolve("backups"), List.of(AuditChainBrokenException.verifier()), clock);
        Path data = dir.resolve("data");
        try (Database db = new StoreAccess(data, clock, opening).createNew()) {
            new AuthService(db, clock).createFirstAdministrator("admin", "管理员", PASSWORD.toCharArray());
        }
        // what a restore leaves: the store's county figures are written back at its next open, checked whole first
        Path restored = data.resolve("county-figures.from-backup");
        Files.writeString(restored, "");

        StoreAccess access = new StoreAccess(data, clock, opening).checkingAfterTheFirstPage();
        LoginViewModel model = new LoginViewModel(LoginGate.over(access, clock), new SameThreadTaskExecutor(), ScreensFixture.CHINESE);
        List<String> said = new CopyOnWriteArrayList<>();
        model.status().messageProperty().addListener((o, a, b) -> said.add(b));
        AtomicReference<LoginResult.LoggedIn> in = new AtomicReference<>();
        model.setOnLoginResult(in::set);
        model.start();
        model.loginProperty().set("admin");
        model.passwordProperty().set(PASSWORD);
        model.submit();

        assertNotNull(in.get(), "logged in; the sentences were " + said);
        try {
            assertFalse(in.get().database().isChecking(), "checked whole before the desk opened");
            assertFalse(Files.exists(restored), "the restored figures were taken up at the open");
            Pattern step = Pattern.compile("正在核对全部数据 (\\d+)/(\\d+)……人员多时需要几分钟");
            List<int[]> steps = said.stream().map(step::matcher).filter(Matcher::matches)
                    .map(m -> new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))}).toList();
            assertTrue(steps.size() >= 2, "the check's steps were told: " + said);
            int[] last = steps.get(steps.size() - 1);
            assertEquals(last[1], last[0], "the last step told is the whole check: " + said);
            assertEquals("正在核对并打开数据，人员多时请稍候……", said.get(0), "the login's first sentence is as before");
        } finally {
            in.get().database().close();
        }
    }
}
