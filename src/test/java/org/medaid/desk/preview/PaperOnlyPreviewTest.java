package org.medaid.desk.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.common.Texts;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.print.PrintText;
import org.medaid.print.RecoveryCodePage;
import org.medaid.print.SystemPrintService;

/**
 * The recovery code's preview (a paper-only job): never offered as a file, neither by 另存为PDF nor when there is no
 * printer; a slip-like job on the same PC without a printer is offered the file, as before.
 */
class PaperOnlyPreviewTest {

    @TempDir
    Path dir;
    private final Preferences prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
    private final Texts text = Texts.load(Locale.SIMPLIFIED_CHINESE);
    /** A PC without a printer. */
    private final SystemPrintService noPrinter = new SystemPrintService(Optional::empty, PrintText.of(Locale.SIMPLIFIED_CHINESE));
    private final List<String> asked = new ArrayList<>();

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by another test class of this JVM
        }
    }

    @AfterEach
    void close() throws Exception {
        prefs.removeNode();
    }

    private PreviewViewModel preview(boolean paperOnly) {
        PrintJob job = new PrintJob("医疗救助结算台 恢复码", false, false,
                (paper, ids) -> new PrintJob.Rendered(RecoveryCodePage.render("医疗救助结算台 恢复码", "Y2QPD-H3SAT-APT0Z-P6DT1-TCWFS",
                        "凭此码可在忘记全部管理员密码时打开本台数据。", "数据目录：" + dir), false), (d, o) -> { });
        PreviewViewModel model = new PreviewViewModel(paperOnly ? job.onPaperOnly() : job, noPrinter, new SameThreadTaskExecutor(),
                text, new PrintSettings(prefs));
        model.setSaveTarget((reason, suggested) -> {
            asked.add(suggested);
            return Optional.of(dir.resolve(suggested));
        });
        model.render();
        return model;
    }

    @Test
    void theRecoveryCodeIsNeverOfferedAsAFile() throws Exception {
        PreviewViewModel model = preview(true);
        model.saveAs();
        assertEquals(List.of(), asked, "另存为PDF asked for a file");
        assertTrue(model.status().isError(), "no refusal shown");
        assertEquals(text.get("preview.paperOnly.noSave"), model.status().message());

        model.print();
        assertEquals(List.of(), asked, "the no-printer path offered a file");
        assertEquals(text.get("preview.paperOnly.noPrinter"), model.status().message());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "a file was written");
        }
    }

    @Test
    void anyOtherJobIsStillOfferedAsAFileWhenThereIsNoPrinter() throws Exception {
        PreviewViewModel model = preview(false);
        model.print();
        assertEquals(List.of("recovery-code.pdf"), asked);
        assertTrue(Files.size(dir.resolve("recovery-code.pdf")) > 1000, "the PDF was not saved");
    }
}
