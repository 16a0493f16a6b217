package org.medaid.bench;

/** The sample slip's text ({@code samples/cases/linyi-minimum-living.json}, bill b1) that the PDF floors write. */
final class FloorSlipText {

    static final String FONT = "/org/medaid/print/fonts/wqy-microhei.ttc";

    static final String[][] ROWS = {
        {"姓名", "未提供", "身份证号", "未提供", "参保类型", "城乡居民医保"},
        {"人员类别", "低保对象（2022-05-10起）", "住址", "未提供", "", ""},
        {"医疗机构", "未提供", "医院等级", "县级医院", "就诊类别", "住院"},
        {"入院日期", "2022-06-01", "出院日期", "2022-06-12", "就医地", "县域内"},
        {"医疗总费用", "目录外费用", "乙类先自付", "超限价部分", "政策范围内费用", ""},
        {"60,000.00", "3,000.00", "2,000.00", "0.00", "55,000.00", ""},
        {"基本医保", "30,000.00", "按医院结算单 30,000.00〔医院结算单〕", "", "", ""},
        {"大病保险", "12,350.00", "(25,000.00 − 6,000.00) × 65% = 12,350.00〔临医保发〔2022〕13号 三〕", "", "", ""},
        {"医疗救助", "8,855.00", "12,650.00 × 70% = 8,855.00〔临医保发〔2022〕13号 四〕", "", "", ""},
        {"再救助/倾斜救助", "0.00", "本年累计 3,795.00，未超过起付线 5,000.00，本次不支付", "", "", ""},
        {"三重保障合计支付", "¥51,205.00", "人民币（大写）伍万壹仟贰佰零伍元整", "", "", ""},
        {"个人负担", "¥8,795.00", "人民币（大写）捌仟柒佰玖拾伍元整", "", "", ""},
        {"基本医保", "大病保险", "医疗救助", "再救助/倾斜救助", "个人负担", ""},
        {"30,000.00", "12,350.00", "8,855.00", "0.00", "8,795.00", ""},
        {"大病保险", "倾斜保障人员", "25,000.00", "12,350.00", "0.00", "不设封顶"},
        {"医疗救助", "低保对象、返贫致贫人口", "12,650.00", "8,855.00", "0.00", "1,145.00"},
    };
    static final String[] HEADINGS = {"一、人员信息", "二、就诊信息", "三、费用构成（单位：元）",
        "四、三重保障支付（单位：元）", "五、本年累计（2022年，截至本次结算）"};

    private FloorSlipText() {
    }

    /** The bundled font's bytes, the whole collection, read as the desk reads them. */
    static byte[] font() throws java.io.IOException {
        try (java.io.InputStream in = FloorSlipText.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new java.io.FileNotFoundException(FONT + " is not on the class path");
            }
            return in.readAllBytes();
        }
    }
}
