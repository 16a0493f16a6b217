package org.medaid.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;

/**
 * Logback's configuration, in code (ADR 0079): found by Logback through {@code META-INF/services}, so no XML
 * configuration is parsed at start (Joran and its ~250 classes were a large part of a verb's start). Before
 * the desk starts its log file ({@link DeskLog#start}): warnings only, on stderr, masked, so that no library
 * prints to standard output (the calc verb's JSON lives there). After {@link DeskLog#commandLine} (the calc
 * and slip verbs) nothing at all: no appender is made, the root logger is off.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String STDERR = "STDERR";
    static final String STDERR_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n";

    /** Set by {@link DeskLog#commandLine} before anything logs: the verbs' streams carry their output only. */
    private static volatile boolean quiet;

    public LogSetup() {
        // made by Logback's service loader
    }

    /** The context this configuration set up, when Logback has started. */
    private static volatile LoggerContext configured;

    static void quiet() {
        quiet = true;
        LoggerContext context = configured;
        if (context != null) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        }
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        configured = context;
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (quiet) {
            root.setLevel(Level.OFF);
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        }
        root.setLevel(Level.WARN);
        root.addAppender(stderr(context));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static ConsoleAppender<ILoggingEvent> stderr(LoggerContext context) {
        MaskingEncoder encoder = new MaskingEncoder();
        encoder.setContext(context);
        encoder.setPattern(STDERR_PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel(Level.WARN.levelStr);
        warnings.start();
        ConsoleAppender<ILoggingEvent> out = new ConsoleAppender<>();
        out.setContext(context);
        out.setName(STDERR);
        out.setTarget("System.err");
        out.setEncoder(encoder);
        out.addFilter(warnings);
        out.start();
        return out;
    }
}
