package org.medaid.table;

/**
 * How a column's cells are written: amounts as numbers shown with two decimals, dates as
 * dates, ID numbers and bank accounts as text (never a number Excel would round), counts as whole numbers.
 */
public enum ColumnType {
    TEXT,
    /** Digits that are not a quantity (ID numbers, accounts, case numbers): stored as text. */
    CODE,
    MONEY,
    DATE,
    COUNT,
    /** A share 0–1 shown as a percentage with one decimal. */
    SHARE
}
