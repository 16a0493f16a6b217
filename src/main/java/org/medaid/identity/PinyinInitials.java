package org.medaid.identity;

import java.util.Locale;
import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin initials of a Chinese name for the roster search (张三 → zs). The surname is read as a
 * surname: polyphonic characters take their surname reading (曾 zeng, 单 shan, 解 xie, 区 ou, 仇 qiu,
 * 朴 piao, 查 zha ...), compound surnames included; other characters take pinyin4j's first reading.
 * Latin letters and digits are kept (lowercased); other marks such as the middle dot are skipped.
 */
public final class PinyinInitials {

    /** Surnames whose surname reading differs from the first reading pinyin4j gives. */
    private static final Map<String, String> SURNAMES = Map.ofEntries(
            Map.entry("曾", "z"), Map.entry("单", "s"), Map.entry("解", "x"), Map.entry("区", "o"),
            Map.entry("仇", "q"), Map.entry("朴", "p"), Map.entry("查", "z"), Map.entry("盖", "g"),
            Map.entry("种", "c"), Map.entry("乐", "y"), Map.entry("缪", "m"), Map.entry("翟", "z"),
            Map.entry("覃", "q"), Map.entry("秘", "b"), Map.entry("柏", "b"), Map.entry("句", "g"),
            Map.entry("员", "y"), Map.entry("召", "s"), Map.entry("谌", "c"), Map.entry("繁", "p"),
            Map.entry("尉", "w"), Map.entry("重", "c"),
            Map.entry("沈", "s"), Map.entry("薄", "b"), Map.entry("折", "s"), Map.entry("祭", "z"),
            Map.entry("宿", "s"), Map.entry("黑", "h"), Map.entry("参", "c"), Map.entry("都", "d"),
            Map.entry("隗", "w"), Map.entry("能", "n"), Map.entry("万俟", "mq"), Map.entry("尉迟", "yc"),
            Map.entry("单于", "cy"), Map.entry("长孙", "zs"), Map.entry("澹台", "tt"), Map.entry("令狐", "lh"));

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private PinyinInitials() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String n = name.strip();
        StringBuilder out = new StringBuilder(n.length());
        int start = 0;
        for (int len = 2; len >= 1; len--) {
            if (n.length() >= len && SURNAMES.containsKey(n.substring(0, len))) {
                out.append(SURNAMES.get(n.substring(0, len)));
                start = len;
                break;
            }
        }
        for (int i = start; i < n.length(); i++) {
            appendInitial(out, n.charAt(i));
        }
        return out.toString();
    }

    private static void appendInitial(StringBuilder out, char c) {
        if (c < 128) {
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
            return;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                out.append(readings[0].charAt(0));
            }
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin format", e);
        }
    }

    /** Lowercases typed initials so that "ZS" finds 张三. */
    public static String normalizeTyped(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }
}
