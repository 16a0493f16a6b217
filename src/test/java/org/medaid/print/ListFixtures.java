package org.medaid.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.medaid.print.ApplicationStages.Stage;

/** Lists of made-up people (nobody here is real) for the list renderers. */
public final class ListFixtures {

    private static final String[][] PEOPLE = {
        {"刘桂兰", "430521197109083426", "白竹村三组", "5948.00", "6214665501023387219"},
        {"唐国平", "430521195505124417", "白竹村一组", "12350.50", "6214665501023387001"},
        {"周秋菊", "430521196311280029", "流光岭村五组", "3180.00", "6214665501023380452"},
        {"谢长生", "430521194807150036", "黄草坪村二组", "20000.00", "6214665501023381990"},
        {"罗小燕", "430521201002143325", "金龙村七组", "875.05", "6214665501023382207"},
        {"曾德福", "43052119590603441X", "流光岭村二组", "10005.00", "6214665501023384318"},
    };

    private ListFixtures() {
    }

    public static NoticeListData notice() {
        List<NoticeListData.Row> rows = new ArrayList<>();
        for (String[] p : PEOPLE) {
            rows.add(new NoticeListData.Row(p[0], p[1], p[2], new BigDecimal(p[3])));
        }
        return new NoticeListData("邵东县流光岭镇人民政府", 2024, 2, "《邵阳市巩固拓展医疗保障脱贫攻坚成果有效衔接乡村振兴战略实施方案》（邵医保发〔2021〕32号）三(八)",
                LocalDate.of(2024, 7, 5), "0739-2712345", rows, LocalDate.of(2024, 7, 4));
    }

    /** The same people many times over, so the list runs onto further pages. */
    public static NoticeListData longNotice(int copies) {
        NoticeListData n = notice();
        List<NoticeListData.Row> rows = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            rows.addAll(n.rows());
        }
        return new NoticeListData(n.office(), n.year(), n.quarter(), n.basis(), n.from(), n.contact(), rows, n.printedOn());
    }

    public static PayoutListData payout() {
        List<PayoutListData.Row> rows = new ArrayList<>();
        for (String[] p : PEOPLE) {
            rows.add(new PayoutListData.Row(p[0], p[1], "邵东农村商业银行流光岭支行", p[4], new BigDecimal(p[3])));
        }
        return new PayoutListData("邵东县流光岭镇人民政府", "2024年7月第1批", "邵东农村商业银行", rows, "王小红", "周志强",
                LocalDate.of(2024, 7, 15));
    }

    public static WaitingListData waiting() {
        LocalDate asOf = LocalDate.of(2024, 5, 24);
        return new WaitingListData("邵东县流光岭镇人民政府", asOf, List.of(
                new WaitingListData.Row(Stage.TOWNSHIP_REVIEW, "LGL-2024-021", "唐国平", "白竹村一组",
                        LocalDate.of(2024, 5, 6), null),
                new WaitingListData.Row(Stage.TOWNSHIP_REVIEW, "LGL-2024-024", "罗小燕", "金龙村七组",
                        LocalDate.of(2024, 5, 20), null),
                new WaitingListData.Row(Stage.PUBLICITY, "LGL-2024-017", "刘桂兰", "白竹村三组",
                        LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 22)),
                new WaitingListData.Row(Stage.COUNTY_APPROVAL, "LGL-2024-011", "谢长生", "黄草坪村二组",
                        LocalDate.of(2024, 4, 15), LocalDate.of(2024, 5, 8))));
    }
}
