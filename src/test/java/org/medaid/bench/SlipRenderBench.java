package org.medaid.bench;

import org.medaid.model.WorkingDays;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.medaid.print.ApplicationFixtures;
import org.medaid.print.ApplicationFormRenderer;
import org.medaid.print.PaperSize;
import org.medaid.print.PrintDocument;
import org.medaid.print.PrintText;
import org.medaid.print.SlipData;
import org.medaid.print.SlipFixtures;
import org.medaid.print.SlipRenderer;
import org.medaid.print.SystemPrintService;

/**
 * Slip PDF rendering speed (docs/benchmarks.md): the first render in a fresh JVM (font loading
 * included), then median and p95 over many renders after a warm-up; the preview raster for comparison.
 * A program, not a test: {@code mvn -o -q test-compile exec:java -Dexec.mainClass=org.medaid.bench.SlipRenderBench}.
 */
public final class SlipRenderBench {

    private SlipRenderBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        SlipRenderer renderer = new SlipRenderer(PrintText.of(Locale.SIMPLIFIED_CHINESE));
        SlipData linyi = SlipFixtures.linyi();
        SlipData shaoyang = SlipFixtures.shaoyangSecondStay();

        long t0 = System.nanoTime();
        byte[] first = renderer.render(linyi, PaperSize.A4);
        double cold = (System.nanoTime() - t0) / 1e6;
        System.out.printf(Locale.ROOT, "first render (font loaded, classes cold): %.1f ms, %d bytes%n", cold, first.length);

        System.out.println("| what | runs | median ms | p95 ms | max ms | PDF bytes |");
        System.out.println("|---|---|---|---|---|---|");
        measure("slip A4, 临沂 (one stay)", runs, () -> renderer.render(linyi, PaperSize.A4));
        measure("slip A4, 邵阳 (2nd stay, unconfirmed notice, flag)", runs, () -> renderer.render(shaoyang, PaperSize.A4));
        measure("slip A5, 邵阳 reprint", runs,
                () -> renderer.render(shaoyang.reprintedOn(java.time.LocalDate.of(2024, 7, 2)), PaperSize.A5));
        ApplicationFormRenderer forms = new ApplicationFormRenderer(PrintText.of(Locale.SIMPLIFIED_CHINESE),
                WorkingDays.WEEKENDS_ONLY);
        measure("application form A4", runs, () -> forms.render(ApplicationFixtures.paid()));
        SystemPrintService service = new SystemPrintService();
        PrintDocument doc = PrintDocument.slip(linyi, PaperSize.A4);
        measure("preview: slip page to image at 96 dpi (PDFBox)", Math.max(20, runs / 4), () -> {
            service.page(doc, 0, 96);
            return doc.pdf();
        });
    }

    private static void measure(String what, int runs, Supplier<byte[]> work) {
        for (int i = 0; i < Math.max(10, runs / 10); i++) {
            work.get();
        }
        double[] ms = new double[runs];
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            bytes = work.get().length;
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %d |%n", what, runs, ms[runs / 2],
                ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], bytes);
    }
}
