package org.medaid.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.medaid.calc.CalculationException;
import org.medaid.calc.Calculator;
import org.medaid.calc.CaseResult;
import org.medaid.model.CaseFile;
import org.medaid.policy.PolicyException;
import org.medaid.policy.PolicyRegistry;

/**
 * {@code calc CASE.json} (or {@code -} for standard input): prints the result as JSON and exits 0;
 * bad input exits 2 with one line on standard error and nothing on standard output.
 */
public final class CalcCommand {

    private final Function<String, Calculator> calculators;

    public CalcCommand(Calculator calculator) {
        this(region -> calculator);
    }

    private CalcCommand(Function<String, Calculator> calculators) {
        this.calculators = calculators;
    }

    /**
     * Settles with the policies {@code policies} gives for the case's region, asked once the case file is read: the
     * command line reads only the bundled policies of that region ({@link PolicyRegistry#bundledFor}, ADR 0080).
     */
    public static CalcCommand forRegion(Function<String, PolicyRegistry> policies) {
        return new CalcCommand(region -> new Calculator(policies.apply(region)));
    }

    public int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: calc CASE.json   (or - to read standard input)");
            return 2;
        }
        String result;
        try {
            CaseFile file = CaseReader.read(readInput(args[0], stdin));
            CaseResult r = calculators.apply(file.person().region()).calculate(file);
            result = ResultWriter.write(r);
        } catch (InputException | CalculationException | PolicyException e) {
            err.println("calc: " + oneLine(e.getMessage()));
            return 2;
        } catch (ArithmeticException | java.time.DateTimeException | IllegalArgumentException e) {
            // the reader bounds every value first (ADR 0029); this is the last net, still one line and exit 2
            err.println("calc: the case file holds a value the calculator cannot use: " + oneLine(e.getMessage()));
            return 2;
        }
        out.println(result);
        out.flush();
        return 0;
    }

    /** The contract is one line on standard error, whatever a parser put into its message. */
    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /**
     * The case file's text: standard input or a regular file (never a device, a folder or a pipe that
     * never ends), at most {@link #MAX_CASE_BYTES} bytes (ADR 0029).
     */
    static String readInput(String arg, InputStream stdin) {
        try {
            if (arg.equals("-")) {
                return bounded(stdin, "standard input");
            }
            Path file = Path.of(arg);
            if (!Files.exists(file)) {
                throw new InputException("no such file: " + arg);
            }
            if (!Files.isRegularFile(file)) {
                throw new InputException(arg + " is not a regular file (a folder or a device is not a case file)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return bounded(in, arg);
            }
        } catch (java.nio.file.InvalidPathException e) {
            throw new InputException("not a file name: " + arg);
        } catch (IOException e) {
            throw new InputException("cannot read " + arg + ": " + e.getMessage());
        }
    }

    /** A case file is a few kilobytes; anything above this is refused unread. */
    static final int MAX_CASE_BYTES = 4 * 1024 * 1024;

    private static String bounded(InputStream in, String what) throws IOException {
        byte[] bytes = in.readNBytes(MAX_CASE_BYTES + 1);
        if (bytes.length > MAX_CASE_BYTES) {
            throw new InputException(what + " is larger than " + MAX_CASE_BYTES / (1024 * 1024) + " MB; a case file is far smaller");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
