package org.medaid.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import org.medaid.settings.DeskSettings;
import org.medaid.cli.CalcCommand;
import org.medaid.cli.SlipCommand;
import org.medaid.logging.DeskLog;
import org.medaid.policy.PolicyException;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.DataFolder;

/**
 * Entry point of {@code java -jar medaid-desk.jar}. Command-line verbs run without JavaFX; with no verb
 * the desk starts. Not a JavaFX {@code Application}, so the jar starts on a plain class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        String verb = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (verb) {
            case "calc":
                DeskLog.commandLine();
                return withPolicies(policies -> CalcCommand.forRegion(policies).run(rest, System.in, System.out, System.err));
            case "slip":
                org.medaid.logging.Timing.mark("launcher: slip");
                // the font (~0.17 s cold) loads on the other core while the case is read, settled and laid out (ADR 0085)
                org.medaid.print.CjkFont.preload();
                DeskLog.commandLine();
                return withPolicies(policies -> SlipCommand.forRegion(policies).run(rest, System.in, System.out, System.err));
            case "--archive-run":
                // packaging only (build.sh add_cds_archive, ADR 0085): calc then slip of one case in one JVM, so that
                // the verbs' class archive, written when this JVM exits, holds the classes of both verbs
                if (rest.length != 3) {
                    System.err.println("usage: --archive-run CASE.json BILL_ID OUT.pdf");
                    return 2;
                }
                int calc = run(new String[] {"calc", rest[0]});
                int slip = run(new String[] {"slip", rest[0], rest[1], rest[2]});
                return Math.max(calc, slip);
            case "--self-test":
                DeskLog.start(DataFolder.resolve().resolve("logs"), version(), "self-test");
                return SelfTest.run(System.out, System.err);
            case "--version":
                System.out.println("medaid-desk " + version());
                return 0;
            case "--help":
            case "help":
                System.out.println(usage());
                return 0;
            default:
                if (verb.startsWith("-") && !verb.startsWith("--data") || !verb.isEmpty() && !verb.startsWith("-")) {
                    System.err.println("unknown command: " + verb + "\n" + usage());
                    return 2;
                }
                try {
                    org.medaid.logging.Timing.mark("launcher: main");
                    // the data folder chosen in 设置 › 数据与备份 holds the log too (ADR 0040)
                    DeskLog.start(DeskSettings.forUser().applyAtStart().resolve("logs"), version(), "desk");
                    org.medaid.logging.Timing.mark("launcher: log started");
                    return DeskStarter.start(args);
                } catch (RuntimeException | Error e) {
                    return DeskStarter.cannotStart(e);
                }
        }
    }

    interface PoliciesUse {
        int run(Function<String, PolicyRegistry> policiesForRegion);
    }

    /**
     * The verbs' policies for a case's region: a folder's (with the bundled ones) read first, a bad folder refused on
     * one line; else only the bundled policies of the case's region, read once the case file is (ADR 0080).
     */
    static int withPolicies(PoliciesUse use) {
        String folder = System.getProperty("medaid.policies");
        if (folder == null) {
            return use.run(PolicyRegistry::bundledFor);
        }
        PolicyRegistry registry;
        try {
            registry = PolicyRegistry.withFolder(Path.of(folder));
        } catch (PolicyException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        return use.run(region -> registry);
    }

    static String version() {
        String v = Launcher.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static String usage() {
        return String.join("\n",
                "usage: java -jar medaid-desk.jar                     start the desk",
                "       java -jar medaid-desk.jar calc CASE.json      settle a case file, print JSON (- reads stdin)",
                "       java -jar medaid-desk.jar slip CASE.json BILL_ID OUT.pdf [--a5] [--full-id] [--clerk NAME]   write a bill's slip",
                "       java -jar medaid-desk.jar --version | --self-test",
                "options: -Dmedaid.policies=FOLDER  policy files replacing or joining the bundled ones",
                "         -Dmedaid.data=FOLDER      where the desk keeps its data");
    }
}
