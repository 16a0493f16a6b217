package org.medaid.desk.settlement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.preview.PreviewViewModel;
import org.medaid.desk.preview.PrintJob;
import org.medaid.desk.preview.PrintSettings;
import org.medaid.desk.preview.SlipJobs;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.store.PersonRecord;

/** Saves slips as the preview's 另存为PDF does, and reads back their text and figures, for the settlement tests. */
final class SettlementPrints {

    private static final Pattern MONEY = Pattern.compile("\\d{1,3}(,\\d{3})*\\.\\d{2}");

    private final ScreensFixture fx;
    private final Path dir;
    private final PrintSettings settings = new PrintSettings(Preferences.userRoot().node("org/medaid/desk-test/" + UUID.randomUUID()));
    private int count;

    SettlementPrints(ScreensFixture fx, Path dir) {
        this.fx = fx;
        this.dir = dir;
    }

    /** The slip of the person's bill as printed from the ledger now, saved as PDF. */
    Path slip(PersonRecord p, long billId, int year) {
        var row = fx.work.ledger().year(p.id(), year).row(billId).orElseThrow();
        return save(SlipJobs.slip(fx.work, fx.as(fx.clerk), settings, p, row));
    }

    Path save(PrintJob job) {
        PreviewViewModel model = new PreviewViewModel(job, fx.work.printer(), new SameThreadTaskExecutor(),
                ScreensFixture.CHINESE, settings);
        model.setSaveTarget((reason, name) -> Optional.of(dir.resolve(++count + "-" + name)));
        model.render();
        model.saveAs();
        return model.outcomeProperty().get().savedTo();
    }

    PrintSettings settings() {
        return settings;
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** Every amount printed (1,234.56), in page order. */
    static List<String> figures(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
