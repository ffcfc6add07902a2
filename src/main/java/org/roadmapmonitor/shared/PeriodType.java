package org.roadmapmonitor.shared;

/** How long a reporting period is, and how its code is written. Every type nests exactly in each coarser one. */
public enum PeriodType {
    YEARLY("yyyy", "2024", 1, "a year has no sub-period"),
    SIX_MONTHLY("yyyySn", "2024S1", 2, "a half-year is S1 or S2"),
    QUARTERLY("yyyyQn", "2024Q3", 4, "a quarter is Q1 to Q4"),
    MONTHLY("yyyyMM", "202405", 12, "a month is 01 to 12");

    private final String pattern;
    private final String example;
    private final int periodsPerYear;
    private final String indexRule;

    PeriodType(String pattern, String example, int periodsPerYear, String indexRule) {
        this.pattern = pattern;
        this.example = example;
        this.periodsPerYear = periodsPerYear;
        this.indexRule = indexRule;
    }

    /** The code pattern, e.g. {@code yyyyQn}. */
    public String pattern() {
        return pattern;
    }

    /** A sample code of this type, e.g. {@code 2024Q3}. */
    public String example() {
        return example;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    public int monthsPerPeriod() {
        return 12 / periodsPerYear;
    }

    /** Which indexes are allowed, in words a user understands, e.g. "a quarter is Q1 to Q4". */
    public String indexRule() {
        return indexRule;
    }

    public boolean isFinerThan(PeriodType other) {
        return periodsPerYear > other.periodsPerYear;
    }

    public boolean isCoarserThan(PeriodType other) {
        return periodsPerYear < other.periodsPerYear;
    }
}
