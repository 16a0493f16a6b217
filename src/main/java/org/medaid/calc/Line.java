package org.medaid.calc;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One line of explanation: which tier, the arithmetic in words, and the clause it comes from. The
 * calculator hands out lines whose text is written only when {@link #text()} is first called (ADR 0046):
 * a batch that never prints a line never formats it; the text is the same either way.
 */
@JsonPropertyOrder({"tier", "text", "source"}) // as the record was written into settlement records (ADR 0031)
public final class Line {

    private final String tier;
    private final String source;
    /** The text once written; until then null and {@link #phrase} says how to write it. */
    private String text;
    private final Phrase phrase;
    private final String mark;

    @JsonCreator
    public Line(@JsonProperty("tier") String tier, @JsonProperty("text") String text, @JsonProperty("source") String source) {
        this.tier = tier;
        this.text = Objects.requireNonNull(text, "text");
        this.source = source;
        this.phrase = null;
        this.mark = null;
    }

    /** A line written on demand: the phrase, then {@code mark} (may be null), then the source in 〔〕 if any. */
    Line(String tier, Phrase phrase, String mark, String source) {
        this.tier = tier;
        this.phrase = phrase;
        this.mark = mark;
        this.source = source;
    }

    @JsonProperty("tier")
    public String tier() {
        return tier;
    }

    @JsonProperty("source")
    public String source() {
        return source;
    }

    /** The text as the slip prints it. Any thread may write it first; all get the same string. */
    @JsonProperty("text")
    public String text() {
        String t = text;
        if (t == null) {
            StringBuilder out = new StringBuilder(128);
            phrase.appendTo(out);
            if (mark != null) {
                out.append(mark);
            }
            if (source != null) {
                out.append(" 〔").append(source).append('〕');
            }
            t = out.toString();
            text = t;
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Line l && Objects.equals(tier, l.tier) && text().equals(l.text()) && Objects.equals(source, l.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tier, text(), source);
    }

    @Override
    public String toString() {
        return "Line[tier=" + tier + ", text=" + text() + ", source=" + source + "]";
    }
}
