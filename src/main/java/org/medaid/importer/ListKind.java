package org.medaid.importer;

/**
 * What a monthly list is (临医保发〔2022〕13号 六: 全量库 and 变化库; 广西通知 二(二): 所有人员名单及新增和退出人员名单).
 * A full list names everyone: a person on the desk holding a current category of the list's scope and missing
 * from it is ended on the list's date. A change list names additions and exits: an exit ends the category.
 */
public enum ListKind {
    FULL,
    CHANGE;

    public String label() {
        return ImportMessages.format("ListKind." + name());
    }
}
