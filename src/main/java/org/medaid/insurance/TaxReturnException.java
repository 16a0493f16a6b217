package org.medaid.insurance;

import java.util.List;

/** A return file refused whole: each refused line with its sentence. Nothing was written. */
public final class TaxReturnException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> lines;

    public TaxReturnException(List<String> lines) {
        super(lines.size() + " lines refused");
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
