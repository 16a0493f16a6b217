package org.medaid.desk.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.preview.PreviewViewModel;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.preview.SlipJobs;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.ledger.LedgerRow;
import org.medaid.model.Category;
import org.medaid.print.IdDisplay;
import org.medaid.print.PrintOutcome;
import org.medaid.printlog.PrintEntry;
import org.medaid.printlog.PrintKind;
import org.medaid.store.PersonRecord;

/** The slip preview of a ledger bill: the same PDF saved as shown, the print log, 补打, the masked ID. */
class SlipPreviewTest {

    @TempDir
    Path dir;
    ScreensFixture fx;
    PersonRecord poor;
    StoredBill march;
    Preferences prefs;
    PreviewViewModel model;
    final List<String> reasons = new ArrayList<>();

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test class of this JVM started it
        }
    }

    @BeforeEach
    void open() throws Exception {
        fx = new ScreensFixture(dir.resolve("data"));
        poor = fx.person("王五", ScreensFixture.LINYI, "朱保村", Category.MINIMUM_LIVING);
        march = fx.add(ScreensFixture.stay(poor.id(), LocalDate.of(2024, 3, 10), "12000.00", "1000.00", "5000.00"), fx.clerk);
        LedgerRow row = fx.work.ledger().year(poor.id(), 2024).row(march.id()).orElseThrow();
        prefs = Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID());
        PrintSettings settings = new PrintSettings(prefs);
        model = new PreviewViewModel(SlipJobs.slip(fx.work, fx.as(fx.clerk), settings, poor, row), fx.work.printer(),
                new SameThreadTaskExecutor(), ScreensFixture.CHINESE, settings);
        model.setSaveTarget((reason, name) -> {
            reasons.add(reason);
            return Optional.of(dir.resolve(reasons.size() + "-" + name));
        });
        model.render();
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
        prefs.removeNode();
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void theSavedPdfIsTheOneOnScreenAndIsLogged() throws Exception {
        assertEquals(1, model.pages().size());
        assertFalse(model.reprintProperty().get());
        byte[] shown = model.documentProperty().get().pdf();
        model.saveAs();
        Path saved = model.outcomeProperty().get().savedTo();
        assertTrue(java.util.Arrays.equals(shown, Files.readAllBytes(saved)), "what is saved is what was previewed");
        String slip = pdfText(saved);
        assertTrue(slip.contains("医疗费用三重保障结算单"), slip);
        assertTrue(slip.contains("4,200.00"), "the assistance of the bill is on the slip");
        List<PrintEntry> log = fx.work.printLog().forRecord(PrintKind.SLIP, march.id());
        assertEquals(1, log.size());
        assertEquals("clerk1", log.get(0).printedBy());
        assertFalse(log.get(0).reprint());
    }

    @Test
    void theSecondPrintOfTheSameBillSaysReprint() throws Exception {
        model.saveAs();
        assertTrue(model.reprintProperty().get(), "the preview is drawn again as the next print will be");
        model.saveAs();
        Path second = model.outcomeProperty().get().savedTo();
        assertTrue(pdfText(second).contains("补打"), "a reprint says 补打");
        List<PrintEntry> log = fx.work.printLog().forRecord(PrintKind.SLIP, march.id());
        assertEquals(List.of(false, true), log.stream().map(PrintEntry::reprint).toList());
    }

    @Test
    void withoutAPrinterTheClerkIsToldAndOfferedToSaveThePdf() {
        model.print();
        assertEquals(PrintOutcome.Status.SAVED_INSTEAD, model.outcomeProperty().get().status());
        assertTrue(reasons.get(0).contains("没有安装打印机"), reasons.toString());
        assertEquals(1, fx.work.printLog().forRecord(PrintKind.SLIP, march.id()).size());
    }

    @Test
    void theIdNumberIsMaskedUnlessTheSettingSaysFull() throws Exception {
        model.saveAs();
        String masked = pdfText(model.outcomeProperty().get().savedTo());
        assertFalse(masked.contains(poor.idNumber()), "masked by default");
        assertTrue(masked.contains(IdDisplay.MASKED.show(poor.idNumber())), masked);
        model.idsProperty().set(IdDisplay.FULL);
        model.saveAs();
        assertTrue(pdfText(model.outcomeProperty().get().savedTo()).contains(poor.idNumber()));
        assertEquals(IdDisplay.FULL, new PrintSettings(prefs).ids(), "the choice is remembered");
    }
}
