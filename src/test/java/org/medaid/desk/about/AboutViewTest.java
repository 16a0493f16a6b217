package org.medaid.desk.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.prefs.Preferences;
import java.util.zip.ZipFile;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.settings.DeskSettings;
import org.medaid.desk.common.Snapshots;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** 设置 › 关于: version, log folder, and a support bundle without personal data. */
class AboutViewTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
    @TempDir
    Path folder;
    private final Preferences prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void showsVersionAndLogFolderAndSavesABundleWithoutTheOperator() throws Exception {
        Path logs = Files.createDirectories(folder.resolve("logs"));
        Files.writeString(logs.resolve("medaid-desk.log"), "2026-12-02 INFO started\n", StandardCharsets.UTF_8);
        prefs.put("operator", "王小明"); // an operator name older desks kept: never in a support bundle
        new DeskSettings(prefs).setArea(org.medaid.identity.PolicyArea.LINYI);
        Texts texts = Texts.load(DeskSettings.CHINESE);
        AboutViewModel model = new AboutViewModel("0.1.0", logs, new DeskSettings(prefs), new SameThreadTaskExecutor(), texts, CLOCK);
        AboutView[] pane = new AboutView[1];
        WaitForAsyncUtils.asyncFx(() -> {
            pane[0] = new AboutView(model, texts, null);
            StackPane root = new StackPane(pane[0].view());
            Scene scene = new Scene(root, 900, 300);
            scene.getStylesheets().add(AboutViewTest.class.getResource("/org/medaid/desk/desk.css").toExternalForm());
            root.applyCss();
            root.layout();
            model.saveBundle(folder.resolve("support.zip"));
            String out = System.getenv("MEDAID_SNAPSHOT_ABOUT");
            if (out != null) {
                Snapshots.write(scene, Path.of(out));
            }
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("medaid-desk 0.1.0", ((Label) pane[0].view().lookup("#versionValue")).getText());
        assertEquals(logs.toString(), ((TextField) pane[0].view().lookup("#logFolderField")).getText());
        String status = ((Label) pane[0].view().lookup("#statusLabel")).getText();
        assertTrue(status.startsWith("支持包已保存："), status);
        assertEquals("medaid-desk-support-20261202-1600.zip", model.suggestedName());
        try (ZipFile zip = new ZipFile(folder.resolve("support.zip").toFile(), StandardCharsets.UTF_8)) {
            assertTrue(zip.getEntry("logs/medaid-desk.log") != null);
            String settings = new String(zip.getInputStream(zip.getEntry("settings.txt")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(settings.contains("policyArea=linyi"), settings);
            assertFalse(settings.contains("王小明"), settings);
        }
    }

    @Test
    void aBundleThatCannotBeWrittenSaysWhy() throws Exception {
        Path blocked = Files.writeString(folder.resolve("file"), "x");
        AboutViewModel model = new AboutViewModel("0.1.0", folder, new DeskSettings(prefs), new SameThreadTaskExecutor(),
                Texts.load(DeskSettings.CHINESE), CLOCK);
        model.saveBundle(blocked.resolve("support.zip"));
        assertTrue(model.status().isError());
        assertTrue(model.status().message().startsWith("支持包未能保存到"), model.status().message());
        assertFalse(model.status().isBusy());
    }
}
