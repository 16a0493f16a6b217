package org.medaid.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The desk's log file (ADR 0040): {@code logs/medaid-desk.log} in the data folder, rolled daily and kept
 * 14 days, every line masked by {@link MaskingEncoder}. {@link #start} adds it to the root logger at INFO,
 * writes the start-up and version lines and sends uncaught exceptions to it with their stack traces.
 * The command-line verbs call {@link #commandLine} instead: nothing is logged to their streams.
 */
public final class DeskLog {

    public static final String FILE_NAME = "medaid-desk.log";
    public static final int DAYS_KEPT = 14;
    static final String APPENDER = "FILE";
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    private static volatile Path folder;
    private static Thread.UncaughtExceptionHandler before;

    private DeskLog() {
    }

    /**
     * Starts logging to {@code logs} (made when missing); {@code what} names the run ("desk", "self-test").
     * When the folder cannot be made, the desk runs on without a log file and says so on stderr.
     */
    public static synchronized Optional<Path> start(Path logs, String version, String what) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        stop();
        try {
            Files.createDirectories(logs);
        } catch (IOException | SecurityException e) {
            System.err.println("no log file: cannot make " + logs + ": " + e.getMessage());
            return Optional.empty();
        }
        root.addAppender(fileAppender(context, logs));
        root.setLevel(Level.INFO);
        folder = logs;
        before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(DeskLog::uncaught);
        org.slf4j.Logger log = LoggerFactory.getLogger(DeskLog.class);
        log.info("medaid-desk {} starting ({}), pid {}", version, what, ProcessHandle.current().pid());
        log.info("Java {} ({}), {} {} {}, {} processors, max heap {} MB", System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        log.info("log folder {}", logs);
        return Optional.of(logs);
    }

    /** The program's version from the jar's manifest ("dev" when run from classes). */
    public static String version() {
        String v = DeskLog.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The folder of the running log file, when {@link #start} made one. */
    public static Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** For the command-line verbs: their stdout carries the output and stderr one line on refusal, nothing else. */
    public static void commandLine() {
        // Logback is not started for it (ADR 0080): if anything logs later, its configuration (LogSetup) makes no
        // appender at all; if it had started already (a test calling the verbs in its JVM), its root logger is turned off
        LogSetup.quiet();
    }

    /** Closes the log file (tests; the process end closes it otherwise). */
    public static synchronized void stop() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Appender<ILoggingEvent> old = root.getAppender(APPENDER);
        if (old != null) {
            root.detachAppender(old);
            old.stop();
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        folder = null;
    }

    /** Logs the failure with its stack trace and says one line on stderr (where a terminal may see it). */
    static void uncaught(Thread thread, Throwable error) {
        LoggerFactory.getLogger(DeskLog.class).error("unexpected failure in thread {}", thread.getName(), error);
        System.err.println("unexpected failure in thread " + thread.getName() + ": " + Masking.mask(String.valueOf(error))
                + folder().map(f -> " (stack trace in " + f.resolve(FILE_NAME) + ")").orElse(""));
    }

    private static Appender<ILoggingEvent> fileAppender(LoggerContext context, Path logs) {
        String base = logs.toAbsolutePath().toString().replace('\\', '/');
        MaskingEncoder encoder = new MaskingEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName(APPENDER);
        file.setFile(base + "/" + FILE_NAME);
        file.setEncoder(encoder);
        TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(base + "/medaid-desk.%d{yyyy-MM-dd}.log");
        policy.setMaxHistory(DAYS_KEPT);
        policy.setCleanHistoryOnStart(true);
        policy.start();
        file.setRollingPolicy(policy);
        file.start();
        return file;
    }
}
