package org.medaid.print;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one font every printed form uses, embedded (as a subset) in each PDF so it shows on a PC without
 * Chinese fonts (ADR 0016): WenQuanYi Micro Hei, bundled in the jar (Apache-2.0, see
 * {@code fonts/wqy-microhei-COPYRIGHT.txt}). The system property {@value #PROPERTY} may name another
 * TrueType file ({@code .ttf}, or {@code .ttc} with {@code ,N} for the face); a bad path is an error,
 * never a silent fallback to a font that cannot show Chinese.
 */
public final class CjkFont {

    public static final String PROPERTY = "medaid.print.font";
    /** {@code -Dmedaid.pdfWarmUp=false}: {@link #preload()} renders no throwaway form after the font (ADR 0091). */
    public static final String WARM_UP = "medaid.pdfWarmUp";
    static final String BUNDLED = "/org/medaid/print/fonts/wqy-microhei.ttc";

    private static volatile BaseFont cached;
    private static volatile BaseFont mono;
    /**
     * Set by {@link #preload()}, i.e. in a command-line verb's JVM (ADR 0091): the embedded subset (the slip's is
     * 436 KB before compression, most of it the loca and hmtx tables of all 28,000 glyphs) is deflated at
     * {@code BEST_SPEED} instead of zlib's default level: ~10 ms less on the slip's main thread, ~15 % more bytes.
     * The glyphs and the text are the same. The desk keeps the default level.
     */
    private static volatile boolean quickDeflate;
    private static volatile String cachedFor;

    private CjkFont() {
    }

    /** The font for the current setting, loaded once (about 80 ms) and shared by every document. */
    public static BaseFont base() {
        String override = System.getProperty(PROPERTY);
        String key = override == null || override.isBlank() ? "" : override.trim();
        BaseFont f = cached;
        if (f != null && key.equals(cachedFor)) {
            return f;
        }
        synchronized (CjkFont.class) {
            if (cached == null || !key.equals(cachedFor)) {
                cached = key.isEmpty() ? bundled() : fromFile(key);
                cachedFor = key;
            }
            return cached;
        }
    }

    /**
     * Starts loading the font for the current setting on a background thread and returns at once (ADR 0085): the
     * command line's {@code slip} reads its case, policies and calculation meanwhile on the other core. The first
     * {@link #base()} then waits for this load (it holds the same lock) instead of starting its own. A failure is
     * left for that call to raise with its sentence: the load is simply done again there. After the font the same
     * thread renders a throwaway form ({@link PdfWarmUp}, unless {@value #WARM_UP} is false), so that the slip's own
     * layout finds OpenPDF's classes and method handles ready (ADR 0091).
     */
    public static void preload() {
        quickDeflate = true;
        Thread t = new Thread(() -> {
            try {
                base();
                org.medaid.logging.Timing.mark("font-preload: font loaded");
            } catch (RuntimeException | Error e) {
                // base() on the printing thread tries again and reports it (PrintException, one sentence)
                return;
            }
            // the throwaway form meets AWT's colours and MD5 itself, first what the slip meets first
            if (!Boolean.parseBoolean(System.getProperty(WARM_UP, "true")) || PdfWarmUp.cjk() == null) {
                warmUp();
            }
            org.medaid.logging.Timing.mark("font-preload: warmed up");
        }, "font-preload");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Static state the first document needs besides the font, set up on the preload thread: AWT's native library
     * (java.awt.Color's initialiser, reached by the forms' colours) and the JDK's security providers (the document
     * ID's MD5). Nothing shared with a document; the printing thread only finds it done (or waits for it).
     */
    private static void warmUp() {
        try {
            Class.forName("java.awt.Color", true, CjkFont.class.getClassLoader());
            java.security.MessageDigest.getInstance("MD5");
        } catch (ReflectiveOperationException | java.security.GeneralSecurityException | RuntimeException | LinkageError e) {
            // the printing thread meets the same and reports it
        }
    }

    static BaseFont bundled() {
        return bundledFace(0);
    }

    /**
     * The bundled collection's monospaced face, WenQuanYi Micro Hei Mono, embedded as a subset like the other: for the
     * recovery code, whose 25 characters an administrator may have to type back from paper. (It was PDF's Courier,
     * which is not embedded: a viewer or printer without a Courier draws it in another face at Courier's spacing.)
     * Loaded once, whatever font the print setting names.
     */
    public static BaseFont mono() {
        BaseFont m = mono;
        if (m != null) {
            return m;
        }
        synchronized (CjkFont.class) {
            if (mono == null) {
                mono = bundledFace(1);
            }
            return mono;
        }
    }

    private static BaseFont bundledFace(int face) {
        try (InputStream in = CjkFont.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new PrintException(PrintText.current().format("font.missing", BUNDLED));
            }
            return create("wqy-microhei.ttc," + face, readWhole(in));
        } catch (IOException e) {
            throw new PrintException(PrintText.current().format("font.unreadable", BUNDLED, e.getMessage()), e);
        }
    }

    /**
     * All bytes of the bundled font (5 MB): into one array of the size the jar entry announces, then whatever follows
     * if it announced less (ADR 0091). {@code readAllBytes} reads an unknown length in 8 KB pieces and copies them
     * together again at the end: ~25 ms more of the font thread in a cold JVM.
     */
    static byte[] readWhole(InputStream in) throws IOException {
        byte[] head = new byte[Math.max(0, Math.min(in.available(), 64 << 20))];
        int n = in.readNBytes(head, 0, head.length);
        byte[] rest = in.readAllBytes();
        if (n == head.length && rest.length == 0) {
            return head;
        }
        byte[] all = new byte[n + rest.length];
        System.arraycopy(head, 0, all, 0, n);
        System.arraycopy(rest, 0, all, n, rest.length);
        return all;
    }

    /** {@code path} or {@code path,N} (a face of a .ttc collection; ,0 when none is given). */
    static BaseFont fromFile(String setting) {
        String file = setting;
        String face = "";
        int comma = setting.lastIndexOf(',');
        if (comma > 0 && setting.substring(comma + 1).matches("\\d+")) {
            file = setting.substring(0, comma);
            face = setting.substring(comma);
        }
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ttc") && face.isEmpty()) {
            face = ",0";
        } else if (!lower.endsWith(".ttc") && !lower.endsWith(".ttf")) {
            throw new PrintException(PrintText.current().format("font.kind", file));
        }
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            throw new PrintException(PrintText.current().format("font.missing", file));
        }
        try {
            return create(path.getFileName() + face, Files.readAllBytes(path));
        } catch (IOException | RuntimeException e) {
            throw new PrintException(PrintText.current().format("font.unreadable", file, e.getMessage()), e);
        }
    }

    private static BaseFont create(String name, byte[] bytes) throws IOException {
        // Identity-H with EMBEDDED: every glyph a form uses is embedded as a subset, with a ToUnicode map
        // so the text can be searched and extracted.
        BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        if (quickDeflate) {
            font.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
        }
        return font;
    }
}
