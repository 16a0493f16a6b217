package org.medaid.desk.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.backup.BackupService;
import org.medaid.backup.RestoreService;
import org.medaid.bills.TestDesk;
import org.medaid.desk.common.Snapshots;
import org.medaid.model.Category;
import org.medaid.recovery.DamagedStoreException;
import org.medaid.recovery.StoreOpening;
import org.medaid.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The damaged-store dialog on a real damaged H2 file (ADR 0030): it says in Chinese that the file is
 * damaged, where the copy for support is and which verified backup can restore it; 用该备份恢复 stages that
 * backup for the next start. With {@code -Dmedaid.screenshots=FOLDER} it writes the dialog there.
 */
class DamagedStoreDialogGuiTest {

    @TempDir
    Path dir;
    private Path data;
    private DamagedStoreException damage;
    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @BeforeEach
    void damagedStore() throws Exception {
        data = dir.resolve("data");
        Path backups = dir.resolve("backups");
        try (TestDesk desk = new TestDesk(data)) {
            for (int i = 0; i < 20; i++) {
                var p = desk.person("陈" + i, TestDesk.SHAOYANG, "石门村", Category.MARGINAL);
                desk.bills.add(TestDesk.stay(p.id(), LocalDate.of(2024, 11, 20), "30000.00", "2000.00", "15000.00", "0.00"),
                        desk.as("clerk"));
            }
            new BackupService(Clock.systemDefaultZone(), "test").backup(desk.db, backups, "medaid");
        }
        Path file = data.resolve("medaid.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        Random random = new Random(8);
        for (int i = 4096; i < bytes.length; i += 512) {
            bytes[i + random.nextInt(256)] ^= (byte) (1 + random.nextInt(255));
        }
        Files.write(file, bytes);
        StoreOpening opening = new StoreOpening(backups, List.of(), Clock.systemDefaultZone());
        damage = assertThrows(DamagedStoreException.class, () -> opening.open(data, Database::open));
        stage = FxToolkit.registerPrimaryStage();
        // a dialog takes its owner's style sheets: the owner, like the desk's window, has a scene
        FxToolkit.setupStage(s -> s.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 900, 600)));
    }

    @AfterEach
    void close() throws Exception {
        org.medaid.desk.GuiTeardown.closeWindows();
    }

    @Test
    void theDialogSaysWhatHappenedAndRestoresTheNewestVerifiedBackup() throws Exception {
        DamagedStoreDialogView dialog = new DamagedStoreDialogView(Locale.SIMPLIFIED_CHINESE, damage);
        String backupName = damage.newestBackup().orElseThrow().file().getFileName().toString();
        Platform.runLater(() -> dialog.showAndRestore(stage, data, null));
        DialogPane pane = waitFor("#damagedStoreDialog", DialogPane.class);
        String text = pane.getContentText();
        assertTrue(text.startsWith("数据文件（medaid.mv.db）已损坏或不完整"), text);
        assertTrue(text.contains(damage.keptAside().toString()), "names the copy kept for support: " + text);
        assertTrue(text.contains(backupName), "names the backup: " + text);
        assertEquals("数据文件未通过开机检查，本程序不会在损坏的数据上启动。", pane.getHeaderText());
        shot(pane, "damaged-store");
        assertFalse(RestoreService.isPending(data), "nothing is staged before the clerk chooses");

        Button restore = (Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getText().equals("用该备份恢复")).findFirst().orElseThrow());
        robot.interact(restore::fire);
        DialogPane done = waitForText("已准备好恢复");
        assertTrue(RestoreService.isPending(data), "the backup is staged for the next start");
        shot(done, "damaged-store-staged");
        robot.interact(() -> ((Button) done.lookupButton(done.getButtonTypes().get(0))).fire());
    }

    /** Waits, on FX events only, until a node matching {@code query} is showing. */
    private <T extends javafx.scene.Node> T waitFor(String query, Class<T> type) throws Exception {
        org.medaid.Patience.until(() -> robot.lookup(query).tryQuery().isPresent());
        return type.cast(robot.lookup(query).query());
    }

    private DialogPane waitForText(String start) throws Exception {
        org.medaid.Patience.until(() -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(n -> n instanceof DialogPane d && d.getContentText() != null && d.getContentText().startsWith(start)));
        return (DialogPane) robot.lookup(".dialog-pane").queryAll().stream()
                .filter(n -> n instanceof DialogPane d && d.getContentText() != null && d.getContentText().startsWith(start))
                .findFirst().orElseThrow();
    }

    private static void shot(DialogPane pane, String name) throws Exception {
        String folder = System.getProperty("medaid.screenshots");
        if (folder != null) {
            WaitForAsyncUtils.asyncFx(() -> Snapshots.write(pane.getScene(), Path.of(folder, name + ".png")))
                    .get(org.medaid.Patience.SECONDS, TimeUnit.SECONDS);
        }
    }
}
