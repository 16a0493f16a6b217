package org.medaid;

import java.nio.charset.StandardCharsets;

/** Byte searches for tests that look for clear text in files written encrypted. */
public final class Bytes {

    private Bytes() {
    }

    /** Whether {@code needle} occurs anywhere in {@code haystack}. */
    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether {@code text} is in {@code haystack} as UTF-8 or as H2 writes a string into its pages. The two differ for
     * every character from U+0080 up, so Chinese text in clear in an H2 file is not found by its UTF-8 bytes.
     */
    public static boolean containsText(byte[] haystack, String text) {
        return contains(haystack, text.getBytes(StandardCharsets.UTF_8)) || contains(haystack, h2Page(text));
    }

    /**
     * The names of the entries of {@code zip} that hold {@code text} ({@link #containsText}) once unpacked: a zip's
     * entries are deflated, so a search of the zip's own bytes finds nothing whether the text is in clear or not.
     */
    public static java.util.List<String> entriesWithText(java.nio.file.Path zip, String text) throws java.io.IOException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(z.entries())) {
                try (java.io.InputStream in = z.getInputStream(e)) {
                    if (containsText(in.readAllBytes(), text)) {
                        out.add(e.getName());
                    }
                }
            }
        }
        return out;
    }

    /**
     * {@code text} as H2's MVStore writes a string value into a page ({@code DataUtils.writeStringData}): one byte
     * below U+0080, then two or three bytes like UTF-8's but without its continuation marks.
     */
    public static byte[] h2Page(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            int c = text.charAt(i);
            if (c < 0x80) {
                out.write(c);
            } else if (c >= 0x800) {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            } else {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }
}
