package org.medaid.print;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.math.BigDecimal;
import org.medaid.model.Money;

/**
 * Type sizes, lines and spacing of printed forms, scaled for the paper: black on white, thin grid lines,
 * one font (ADR 0016). Bold is the font drawn with a stroke, as WenQuanYi has no bold face.
 */
final class FormStyle {

    static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);
    static final Color GREY = new Color(0x55, 0x55, 0x55);

    final PaperSize paper;
    final Font title;
    final Font heading;
    final Font label;
    final Font value;
    final Font strong;
    final Font small;
    final Font stamp;

    FormStyle(PaperSize paper) {
        this.paper = paper;
        BaseFont base = CjkFont.base();
        float s = paper.scale();
        title = new Font(base, 16f * s, Font.BOLD);
        heading = new Font(base, 10f * s, Font.BOLD);
        label = new Font(base, 9f * s, Font.NORMAL);
        value = new Font(base, 9f * s, Font.NORMAL);
        strong = new Font(base, 10f * s, Font.BOLD);
        small = new Font(base, 7.5f * s, Font.NORMAL, GREY);
        stamp = new Font(base, 16f * s, Font.BOLD);
    }

    float scale() {
        return paper.scale();
    }

    /** Inner padding of a grid cell. */
    float pad() {
        return 2.6f * paper.scale();
    }

    /** Width of grid lines. */
    float line() {
        return 0.6f;
    }

    /** 25000 → 25,000.00; null prints as nothing. */
    static String money(BigDecimal amount) {
        return amount == null ? "" : Money.format(amount);
    }

    /** 25000 → ¥25,000.00, for the totals a person reads first. */
    static String yuan(BigDecimal amount) {
        return amount == null ? "" : "¥" + Money.format(amount);
    }
}
