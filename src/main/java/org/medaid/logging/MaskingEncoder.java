package org.medaid.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Logback's pattern encoder with {@link Masking} over the whole formatted event, message and stack trace
 * together, so an ID number or account in an exception message is masked too (ADR 0040). Used by
 * {@link LogSetup} (stderr) and by the desk's log file.
 */
public final class MaskingEncoder extends PatternLayoutEncoder {

    @Override
    public byte[] encode(ILoggingEvent event) {
        Charset charset = getCharset() == null ? StandardCharsets.UTF_8 : getCharset();
        return Masking.mask(getLayout().doLayout(event)).getBytes(charset);
    }
}
