package org.medaid.sample;

import java.util.Random;

/**
 * Realistic Chinese names for fictional sample people: common surnames weighted roughly by how often
 * they occur, and given names of one or two characters from characters common in rural names.
 */
public final class NamePool {

    /** The most common surnames, most frequent first; the weight falls with the rank. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
            + "龚邵万钱严覃武戴莫孔向汤欧阳";

    private static final String MALE = "伟强军勇杰涛明超刚平辉建国华文斌鹏飞志春海林峰波宇俊兵成红东祥亮德永生福贵荣"
            + "山庆富忠长发全胜才顺";
    private static final String FEMALE = "芳娟敏静丽艳娜秀英华玲桂兰霞琴萍红梅燕凤洁珍莲翠云花香美月春菊凤妹琼彩";

    private NamePool() {
    }

    public static String surname(Random random) {
        // rank r is picked with weight ~ 1/(r+8): 王李张 are common, 欧阳 rare
        int n = SURNAMES.length() - 1; // 欧阳 counts as one surname at the end
        double weightSum = 0;
        for (int r = 0; r < n; r++) {
            weightSum += 1.0 / (r + 8);
        }
        double x = random.nextDouble() * weightSum;
        for (int r = 0; r < n; r++) {
            x -= 1.0 / (r + 8);
            if (x <= 0) {
                return r == n - 1 ? "欧阳" : String.valueOf(SURNAMES.charAt(r));
            }
        }
        return "王";
    }

    public static String givenName(Random random, boolean male) {
        String pool = male ? MALE : FEMALE;
        String first = String.valueOf(pool.charAt(random.nextInt(pool.length())));
        if (random.nextInt(4) == 0) {
            return first;
        }
        return first + pool.charAt(random.nextInt(pool.length()));
    }

    public static String name(Random random, boolean male) {
        return surname(random) + givenName(random, male);
    }
}
