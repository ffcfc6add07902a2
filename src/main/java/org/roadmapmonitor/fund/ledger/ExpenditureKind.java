package org.roadmapmonitor.fund.ledger;

/**
 * Interim expenditure is voluntary and provisional; the final report of a year is due by 30 April of the
 * next. Both are increments: a final report records what the year's interim reports did not (even zero).
 */
public enum ExpenditureKind {
    INTERIM,
    FINAL
}
