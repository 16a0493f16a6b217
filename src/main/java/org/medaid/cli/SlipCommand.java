package org.medaid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.medaid.calc.BillResult;
import org.medaid.calc.CalculationException;
import org.medaid.calc.Calculator;
import org.medaid.model.Bill;
import org.medaid.model.CaseFile;
import org.medaid.policy.JsonTree;
import org.medaid.policy.PolicyException;
import org.medaid.policy.PolicyRegistry;
import org.medaid.print.IdDisplay;
import org.medaid.print.PaperSize;
import org.medaid.print.PdfFiles;
import org.medaid.print.PrintException;
import org.medaid.print.SlipData;
import org.medaid.print.SlipPerson;
import org.medaid.print.SlipPolicy;
import org.medaid.print.SlipRenderer;
import org.medaid.print.SlipStay;

/**
 * {@code slip CASE.json BILL_ID OUT.pdf [--a5] [--full-id] [--clerk NAME] [--office NAME] [--date YYYY-MM-DD]}:
 * settles the case file (as {@code calc} does) and writes the 结算单 of one bill. Bad input exits 2 with one
 * line on standard error and leaves OUT.pdf as it was (the PDF is written whole or not at all).
 */
public final class SlipCommand {

    static final String USAGE = "usage: slip CASE.json BILL_ID OUT.pdf [--a5] [--full-id] [--clerk NAME] [--office NAME] [--date YYYY-MM-DD]";

    private final Function<String, Calculator> calculators;

    public SlipCommand(Calculator calculator) {
        this(region -> calculator);
    }

    private SlipCommand(Function<String, Calculator> calculators) {
        this.calculators = calculators;
    }

    /** As {@link CalcCommand#forRegion}: the policies of the case's region, asked once the case file is read (ADR 0080). */
    public static SlipCommand forRegion(Function<String, PolicyRegistry> policies) {
        return new SlipCommand(region -> new Calculator(policies.apply(region)));
    }

    public int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        Path target = null;
        try {
            Options o = Options.parse(args);
            target = Path.of(o.positional.get(2));
            Path folder = target.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new InputException("cannot write " + target + ": folder " + folder + " does not exist");
            }
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new InputException("cannot write " + target + ": it is not a regular file (a folder, a device or a link)");
            }
            String text = CalcCommand.readInput(o.positional.get(0), stdin);
            CaseFile file = CaseReader.read(text);
            org.medaid.logging.Timing.mark("slip: case read");
            String billId = o.positional.get(1);
            Bill bill = file.bills().stream().filter(b -> b.id().equals(billId)).findFirst()
                    .orElseThrow(() -> new InputException("no bill '" + billId + "' in " + o.positional.get(0) + " (bills: "
                            + String.join(", ", file.bills().stream().map(Bill::id).toList()) + ")"));
            Calculator calculator = calculators.apply(file.person().region());
            org.medaid.logging.Timing.mark("slip: policies read");
            BillResult result = calculator.calculate(file).bills().stream().filter(r -> r.id().equals(billId)).findFirst()
                    .orElseThrow();
            org.medaid.logging.Timing.mark("slip: settled");
            SlipData data = slipData(calculator, text, file, bill, result, o);
            byte[] pdf = new SlipRenderer().render(data, o.paper);
            org.medaid.logging.Timing.mark("slip: rendered");
            PdfFiles.write(target, pdf);
            org.medaid.logging.Timing.mark("slip: written");
            out.println(target);
            return 0;
        } catch (InputException | CalculationException | PolicyException | PrintException e) {
            err.println("slip: " + oneLine(e.getMessage()));
            return 2;
        } catch (IOException e) {
            err.println("slip: cannot write " + target + ": " + oneLine(e.getMessage()));
            return 2;
        } catch (ArithmeticException | java.time.DateTimeException | IllegalArgumentException e) {
            // the reader bounds every value first (ADR 0029); this is the last net, still one line and exit 2
            err.println("slip: the case file holds a value the slip cannot print: " + oneLine(e.getMessage()));
            return 2;
        }
    }

    private static SlipData slipData(Calculator calculator, String text, CaseFile file, Bill bill, BillResult result, Options o) throws IOException {
        JsonNode root = JsonTree.read(text); // as new ObjectMapper().readTree(text), without one (ADR 0100)
        JsonNode person = root.path("person");
        JsonNode rawBill = null;
        for (JsonNode b : root.path("bills")) {
            if (bill.id().equals(b.path("id").asText())) {
                rawBill = b;
            }
        }
        SlipPerson p = new SlipPerson(optional(person, "name"), optional(person, "idNumber"), file.person().insurance(),
                file.person().categories(), null);
        SlipStay stay = new SlipStay(bill, optional(rawBill, "hospital"), optional(rawBill, "diagnosis"));
        SlipPolicy policy = SlipPolicy.of(calculator.policyFor(file.person().region(), bill.settlementDate()));
        return new SlipData(o.office, p, stay, result, policy, o.clerk, o.date, false, null,
                o.fullId ? IdDisplay.FULL : IdDisplay.MASKED);
    }

    /** A text field the case file may carry for the slip only (null when absent: printed 未提供). */
    private static String optional(JsonNode node, String field) {
        if (node == null || !node.hasNonNull(field) || node.get(field).asText().isBlank()) {
            return null;
        }
        return node.get(field).asText().trim();
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * Today in the default time zone: the date {@code LocalDate.now()} gives, found through {@link java.util.TimeZone}
     * (ADR 0096). {@code LocalDate.now()} goes through {@code ZoneId.systemDefault()} to java.time's zone rules, whose
     * provider class looks for further providers on the class path with a {@code ServiceLoader}: it opens every one
     * of the program's 41 jars (bcprov, JavaFX, H2…), 30–40 ms of the slip's main thread before the case is read.
     * {@code TimeZone} reads the same time-zone data (the runtime's tzdb.dat) without that search.
     */
    static LocalDate today() {
        long now = System.currentTimeMillis();
        return LocalDate.ofEpochDay(Math.floorDiv(now + java.util.TimeZone.getDefault().getOffset(now), 86_400_000L));
    }

    /** The command's arguments: three in order, options anywhere. */
    private static final class Options {
        final List<String> positional = new ArrayList<>();
        PaperSize paper = PaperSize.A4;
        boolean fullId;
        String clerk;
        String office;
        /** {@code --date}, else today ({@link SlipCommand#today()}, asked only then). */
        LocalDate date;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--a5" -> o.paper = PaperSize.A5;
                    case "--full-id" -> o.fullId = true;
                    case "--clerk" -> o.clerk = bounded(value(args, ++i, a), a);
                    case "--office" -> o.office = bounded(value(args, ++i, a), a);
                    case "--date" -> o.date = date(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("--")) {
                            throw new InputException("unknown option " + a + "; " + USAGE);
                        }
                        o.positional.add(a);
                    }
                }
            }
            if (o.positional.size() != 3) {
                throw new InputException(USAGE);
            }
            if (o.date == null) {
                o.date = today();
            }
            return o;
        }

        /** A name printed on the slip: as long as a column of names may be (ADR 0029). */
        private static String bounded(String value, String option) {
            if (value.length() > org.medaid.model.TextLimit.PERSON_NAME.length()) {
                throw new InputException(option + ": longer than " + org.medaid.model.TextLimit.PERSON_NAME.length() + " characters");
            }
            return value;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length || args[i].isBlank()) {
                throw new InputException(option + " needs a value; " + USAGE);
            }
            return args[i];
        }

        private static LocalDate date(String text) {
            try {
                LocalDate d = LocalDate.parse(text);
                if (org.medaid.model.Limits.date(d).isPresent()) {
                    throw new InputException("--date: " + d + " is outside " + org.medaid.model.Limits.MIN_DATE + " to "
                            + org.medaid.model.Limits.MAX_DATE);
                }
                return d;
            } catch (DateTimeParseException e) {
                throw new InputException("--date: '" + text + "' is not a date (yyyy-mm-dd)");
            }
        }
    }
}
