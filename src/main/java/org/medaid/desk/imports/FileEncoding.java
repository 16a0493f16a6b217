package org.medaid.desk.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.medaid.importer.Encodings;

/** The encodings a CSV list may come in: detected, UTF-8, or GBK as Excel on a Chinese Windows saves it. */
public enum FileEncoding {
    AUTO(null), UTF_8(StandardCharsets.UTF_8), GBK(Encodings.GBK);

    private final Charset charset;

    FileEncoding(Charset charset) {
        this.charset = charset;
    }

    /** Null for AUTO: the reader detects it. */
    public Charset charset() {
        return charset;
    }
}
