package org.medaid.print;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;

/**
 * The paper a form is laid out for. A5 keeps the A4 layout with type and margins scaled down, so the
 * same slip fits on half a sheet (ADR 0016).
 */
public enum PaperSize {
    A4(PageSize.A4, 1.0f, 36f),
    A5(PageSize.A5, 0.74f, 22f);

    private final Rectangle page;
    private final float scale;
    private final float margin;

    PaperSize(Rectangle page, float scale, float margin) {
        this.page = page;
        this.scale = scale;
        this.margin = margin;
    }

    /** Portrait page in PDF points (1/72 inch). */
    public Rectangle page() {
        return new Rectangle(page);
    }

    /** A4 type sizes are multiplied by this. */
    public float scale() {
        return scale;
    }

    public float margin() {
        return margin;
    }

    /** Parses "A4" or "a5"; anything else is refused. */
    public static PaperSize parse(String text) {
        for (PaperSize p : values()) {
            if (p.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("paper size must be A4 or A5, not '" + text + "'");
    }
}
