package org.medaid.desk.login;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.medaid.access.LoginResult;
import org.medaid.access.StoreAccess;
import org.medaid.desk.common.Snapshots;
import org.medaid.desk.common.Texts;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.FxTaskExecutor;
import org.medaid.print.SystemPrintService;
import org.medaid.store.Database;
import org.medaid.users.AuthService;

/**
 * The login of an encrypted store and the recovery code step, under a display (Xvfb), as PNGs:
 * {@code xvfb-run -a -s "-screen 0 1440x900x24" mvn -B -o -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.medaid.desk.login.LoginTour -Dexec.args=docs/screenshots}. Each step waits on what
 * it shows (the login's busy flag, the dialog's window), not on a timer.
 */
public final class LoginTour {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("medaid-login-tour");
        Clock clock = Clock.systemDefaultZone();
        StoreAccess first = new StoreAccess(data, clock);
        try (Database db = first.createNew()) {
            new AuthService(db, clock).createFirstAdministrator("lwj", "李文静", "yinan-2026-desk".toCharArray());
        }
        StoreAccess access = new StoreAccess(data, clock);
        AtomicReference<FxTaskExecutor> executor = new AtomicReference<>();
        AtomicReference<Stage> owner = new AtomicReference<>();
        AtomicReference<LoginResult.LoggedIn> result = new AtomicReference<>();
        CountDownLatch loggedIn = new CountDownLatch(1);
        Platform.startup(() -> {
            executor.set(new FxTaskExecutor(Throwable::printStackTrace));
            executor.get().toolkitStarted();
            Stage stage = new Stage();
            stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1100, 760));
            stage.show();
            owner.set(stage);
            Texts text = Texts.load(java.util.Locale.SIMPLIFIED_CHINESE);
            LoginDialogView.show(stage, LoginGate.over(access, clock), executor.get(), text, r -> {
                result.set(r);
                loggedIn.countDown();
            });
        });
        Stage login = waitForWindow(w -> w != owner.get());
        Scene scene = login.getScene();
        // the recovery link comes once the store answered whether it has a code; the window grows with it
        waitForWindow(w -> w == login && scene.lookup("#recoverLink").isVisible());
        fx(() -> { });
        shoot(scene, out, "crypto-1-login.png");
        for (int i = 0; i < 5; i++) {
            type(scene, "lwj", "wrong-password-" + i);
            waitUntil(scene);
        }
        type(scene, "lwj", "yinan-2026-desk");
        waitUntil(scene);
        shoot(scene, out, "crypto-2-login-waiting.png");
        // the delay passed (a new access with a clock 31 s later would do; here the right password after it)
        Files.delete(data.resolve(org.medaid.security.LoginLog.FILE));
        type(scene, "lwj", "yinan-2026-desk");
        if (!loggedIn.await(org.medaid.Patience.SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the login did not finish");
        }
        fx(() -> RecoveryCodeDialogView.show(owner.get(), result.get().database(), executor.get(),
                Texts.load(java.util.Locale.SIMPLIFIED_CHINESE), new SystemPrintService(), () -> { }));
        Stage recovery = waitForWindow(w -> w != owner.get() && w != login && w.getScene().lookup("#recoveryCode") != null);
        shoot(recovery.getScene(), out, "crypto-3-recovery-code.png");
        fx(() -> ((CheckBox) recovery.getScene().lookup("#recoveryConfirmed")).setSelected(true));
        shoot(recovery.getScene(), out, "crypto-4-recovery-confirmed.png");
        fx(() -> ((Button) recovery.getScene().lookup("#recoveryDone")).fire());
        fx(Platform::exit);
        executor.get().shutdown();
        result.get().database().close();
        System.exit(0);
    }

    private static void type(Scene scene, String name, String password) throws Exception {
        fx(() -> {
            ((TextField) scene.lookup("#loginField")).setText(name);
            ((PasswordField) scene.lookup("#passwordField")).setText(password);
            ((Button) scene.lookup("#loginButton")).fire();
        });
    }

    /** Waits until the login is no longer busy (its button enabled again or the window gone). */
    private static void waitUntil(Scene scene) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(org.medaid.Patience.SECONDS);
        while (System.nanoTime() < until) {
            boolean[] busy = {true};
            fx(() -> busy[0] = scene.lookup(".small-progress").isVisible());
            if (!busy[0]) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new IllegalStateException("the login stayed busy for 120 s");
    }

    private static Stage waitForWindow(java.util.function.Predicate<Stage> which) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(org.medaid.Patience.SECONDS);
        while (System.nanoTime() < until) {
            AtomicReference<Stage> found = new AtomicReference<>();
            fx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).map(w -> (Stage) w)
                    .filter(which).findFirst().ifPresent(found::set));
            if (found.get() != null) {
                return found.get();
            }
        }
        throw new IllegalStateException("no such window within " + org.medaid.Patience.SECONDS + " s");
    }

    private static void shoot(Scene scene, Path out, String name) throws Exception {
        fx(() -> Snapshots.write(scene, out.resolve(name)));
        System.out.println("wrote " + name);
    }

    static void fx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(org.medaid.Patience.SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not run the step within " + org.medaid.Patience.SECONDS + " s");
        }
    }
}
