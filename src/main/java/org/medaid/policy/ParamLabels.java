package org.medaid.policy;

import java.util.Map;

/**
 * The Chinese name of every figure of a policy file (ADR 0005, "labels"): the file gives a {@code label}
 * to each section (基本医保), and to each row or group (县级医院住院·居民, 特困人员); a figure's label is the
 * section's, then the term for the field (起付线), then for whom in brackets:
 * 基本医保起付线（县级医院住院·居民）. A figure may also carry its own {@code label}. The loader refuses a
 * figure without one, so screens and slips never show a path such as {@code basic.table[1].rate}.
 */
final class ParamLabels {

    /** The Chinese term of each figure field; year and code keys are named by {@link #term}. */
    private static final Map<String, String> TERMS = Map.ofEntries(
            Map.entry("deductible", "起付线"),
            Map.entry("rate", "支付比例"),
            Map.entry("cap", "年度最高支付限额"),
            Map.entry("upTo", "分段上限"),
            Map.entry("rateBonus", "提高比例"),
            Map.entry("deductibleFactor", "起付线系数"),
            Map.entry("inCountyRatio", "县域内住院兜底比例"),
            Map.entry("referredRatio", "转诊县域外住院兜底比例"),
            Map.entry("threshold", "起点"),
            Map.entry("amount", "金额"),
            Map.entry("share", "比例"),
            Map.entry("fixed", "定额"),
            Map.entry("maxShare", "目录外费用占比上限"),
            Map.entry("days", "工作日"),
            Map.entry("target", "目标"),
            Map.entry("IN_COUNTY", "县域内"),
            Map.entry("IN_CITY", "市内县外"),
            Map.entry("IN_PROVINCE", "省内市外"),
            Map.entry("OUT_OF_PROVINCE", "省外"),
            Map.entry("INPATIENT", "住院"),
            Map.entry("OUTPATIENT_SPECIAL", "门诊慢特病"),
            Map.entry("OUTPATIENT_GENERAL", "普通门诊"),
            Map.entry("SPECIAL_DRUG", "特殊疗效药品"));

    private ParamLabels() {
    }

    /** The labels above a node: {@code area} is the first (the section), {@code who} the later ones joined. */
    record Context(String area, String who) {

        static final Context NONE = new Context(null, null);

        Context with(String label) {
            if (label.isBlank()) {
                return this;
            }
            if (area == null) {
                return new Context(label.strip(), null);
            }
            return new Context(area, who == null ? label.strip() : who + "·" + label.strip());
        }

        Context segment(int index) {
            return new Context(area, (who == null ? "" : who + "·") + "第" + (index + 1) + "段");
        }

        /** Null where there is no section label or no Chinese term for the field. */
        String labelFor(String field) {
            if (area == null) {
                return null;
            }
            if (field.matches("\\d{4}")) {
                // A figure by year: 资助参保个人缴费标准（2024年）.
                return area + (who == null ? "" : who) + "（" + field + "年）";
            }
            String term = TERMS.get(field);
            return term == null ? null : area + term + (who == null ? "" : "（" + who + "）");
        }
    }

    /** Every figure has a label with Chinese in it; a missing one names where to give it. */
    static void check(Node at, String field, Param p) {
        String l = p.label();
        if (l == null || l.isBlank()) {
            throw at.fail(field, "has no label: give the section (or the figure) a Chinese label, e.g. label: 基本医保");
        }
        if (!l.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            throw at.fail(field, "label '" + l + "' has no Chinese in it");
        }
    }
}
