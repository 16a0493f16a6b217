package org.medaid.importer;

import java.util.Set;

/** The 变动类型 column of a change list (变化库): the words for an addition and for an exit. */
final class ChangeTypes {

    private static final Set<String> ADD = Set.of("", "新增", "增加", "纳入", "增员", "新纳入", "变更", "修改", "更新");
    private static final Set<String> EXIT = Set.of("退出", "减少", "减员", "取消", "停止", "注销", "删除");

    private ChangeTypes() {
    }

    /** True for an exit, false for an addition (or an empty cell), null for a word that is neither. */
    static Boolean isExit(String text) {
        String t = text.replaceAll("\\s", "");
        if (ADD.contains(t)) {
            return false;
        }
        if (EXIT.contains(t)) {
            return true;
        }
        return null;
    }
}
