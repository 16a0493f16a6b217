package org.medaid.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of a CSV list: UTF-8 when the bytes are valid UTF-8 (with or without a BOM), otherwise
 * GBK, as Excel on a Chinese Windows saves CSV. GB18030 is used to read GBK: it is a superset.
 */
public final class Encodings {

    public static final Charset GBK = Charset.forName("GB18030");

    private Encodings() {
    }

    public static Charset detect(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GBK;
        }
    }

    /** Decodes the bytes, dropping a UTF-8 byte-order mark. */
    public static String decode(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
