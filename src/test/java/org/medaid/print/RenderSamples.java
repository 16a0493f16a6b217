package org.medaid.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes every form to a folder (default docs/slips) so a person can look at them: not a test. */
public final class RenderSamples {

    private RenderSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/slips");
        Files.createDirectories(dir);
        SlipRenderer slips = new SlipRenderer();
        Files.write(dir.resolve("slip-a4.pdf"), slips.render(SlipFixtures.linyi(), PaperSize.A4));
        Files.write(dir.resolve("slip-a5.pdf"), slips.render(SlipFixtures.linyi(), PaperSize.A5));
        Files.write(dir.resolve("slip-unconfirmed-a4.pdf"), slips.render(SlipFixtures.shaoyangSecondStay(), PaperSize.A4));
        Files.write(dir.resolve("slip-unconfirmed-a5.pdf"), slips.render(SlipFixtures.shaoyangSecondStay(), PaperSize.A5));
        Files.write(dir.resolve("slip-reprint-a4.pdf"),
                slips.render(SlipFixtures.shaoyangSecondStay().reprintedOn(LocalDate.of(2024, 7, 2)), PaperSize.A4));
        Files.write(dir.resolve("slip-reprint-a5.pdf"),
                slips.render(SlipFixtures.shaoyangSecondStay().reprintedOn(LocalDate.of(2024, 7, 2)), PaperSize.A5));
        ApplicationFormRenderer forms = new ApplicationFormRenderer();
        Files.write(dir.resolve("application-paid.pdf"), forms.render(ApplicationFixtures.paid()));
        Files.write(dir.resolve("application-received.pdf"), forms.render(ApplicationFixtures.received()));
        Files.write(dir.resolve("application-refused.pdf"), forms.render(ApplicationFixtures.refused()));
        Files.write(dir.resolve("notice-list.pdf"), new NoticeListRenderer().render(ListFixtures.notice()));
        Files.write(dir.resolve("payout-list.pdf"), new PayoutListRenderer().render(ListFixtures.payout()));
        Files.write(dir.resolve("waiting-list.pdf"), new WaitingListRenderer().render(ListFixtures.waiting()));
        System.out.println("written to " + dir.toAbsolutePath());
    }
}
