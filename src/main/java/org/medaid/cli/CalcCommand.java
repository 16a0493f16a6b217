package org.medaid.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.medaid.calc.CalculationException;
import org.medaid.calc.Calculator;
import org.medaid.calc.CaseResult;
import org.medaid.model.CaseFile;
import org.medaid.policy.PolicyException;

/**
 * {@code calc CASE.json} (or {@code -} for standard input): prints the result as JSON and exits 0;
 * bad input exits 2 with one line on standard error and nothing on standard output.
 */
public final class CalcCommand {

    private final Calculator calculator;

    public CalcCommand(Calculator calculator) {
        this.calculator = calculator;
    }

    public int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: calc CASE.json   (or - to read standard input)");
            return 2;
        }
        String result;
        try {
            CaseFile file = CaseReader.read(readInput(args[0], stdin));
            CaseResult r = calculator.calculate(file);
            result = ResultWriter.write(r);
        } catch (InputException | CalculationException | PolicyException e) {
            err.println("calc: " + oneLine(e.getMessage()));
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

    static String readInput(String arg, InputStream stdin) {
        try {
            if (arg.equals("-")) {
                return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(arg), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file: " + arg);
        } catch (IOException e) {
            throw new InputException("cannot read " + arg + ": " + e.getMessage());
        }
    }
}
