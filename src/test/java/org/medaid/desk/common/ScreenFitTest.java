package org.medaid.desk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** ADR 0114: a window asks for its size and gets at most the visible screen less its frame. */
class ScreenFitTest {

    /** A 1366 × 768 screen with a 40-pixel taskbar. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D LARGE = new Rectangle2D(0, 0, 1920, 1040);

    @Test
    void aWindowTallerThanTheScreenIsFittedToIt() {
        assertEquals(new Dimension2D(1180, 728 - ScreenFit.MARGIN), ScreenFit.fit(LAPTOP, 1180, 740), "the first-run wizard");
        assertEquals(new Dimension2D(1000, 728 - ScreenFit.MARGIN), ScreenFit.fit(LAPTOP, 1000, 860), "the print preview");
        assertEquals(new Dimension2D(900, 560), ScreenFit.fit(LAPTOP, 900, 560), "the 慢特病 card fits as it is");
    }

    @Test
    void onALargeScreenEveryWindowGetsWhatItAsks() {
        assertEquals(new Dimension2D(1180, 740), ScreenFit.fit(LARGE, 1180, 740));
        assertEquals(new Dimension2D(1000, 860), ScreenFit.fit(LARGE, 1000, 860));
    }

    @Test
    void aNarrowScreenNarrowsTheWindow() {
        assertEquals(new Dimension2D(1024 - ScreenFit.MARGIN, 700), ScreenFit.fit(new Rectangle2D(0, 0, 1024, 760), 1100, 700));
    }
}
