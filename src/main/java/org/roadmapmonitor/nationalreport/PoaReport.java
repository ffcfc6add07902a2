package org.roadmapmonitor.nationalreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * A UN Member State's PoA/ITI national report for a cycle (the year it is due; it covers the two years before),
 * with every question's pre-filled answer and the reason for it, the user's answer, and SDG 16.4.2 per year.
 */
public record PoaReport(
        long id,
        String jurisdiction,
        String jurisdictionName,
        int cycle,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        Instant prefilledAt,
        long revision,
        List<Item> items,
        List<SdgYear> sdg) {

    public PoaReport {
        items = List.copyOf(items);
        sdg = List.copyOf(sdg);
    }

    public int firstYear() {
        return cycle - 2;
    }

    public int lastYear() {
        return cycle - 1;
    }

    public long reviewed() {
        return items.stream().filter(Item::reviewed).count();
    }

    /**
     * One question. {@code basisKey} and {@code basisArgs} say what the records showed (a message key, so that it
     * reads in any language); {@code answer} is the user's, which wins over {@code prefilled}.
     */
    public record Item(
            PoaQuestion question,
            Answer prefilled,
            String basisKey,
            List<String> basisArgs,
            Answer answer,
            String note,
            Integer men,
            Integer women,
            boolean reviewed,
            Instant updatedAt,
            String updatedBy) {

        public Item {
            basisArgs = basisArgs == null ? List.of() : List.copyOf(basisArgs);
        }

        /** The answer the report gives: the user's, else the pre-filled one; null while neither decides. */
        public Answer effective() {
            return answer != null ? answer : prefilled;
        }
    }

    /** SDG 16.4.2 of one reporting year (Section 6), with its breakdowns by event and by method. */
    public record SdgYear(
            int year,
            long numerator,
            long denominator,
            long seized,
            long found,
            long surrendered,
            long byTracing,
            long byAuthority) {

        /** Per cent with one decimal, half up; null when nothing was counted. */
        public BigDecimal percent() {
            return denominator == 0
                    ? null
                    : BigDecimal.valueOf(numerator)
                            .multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        }
    }

    /** A report as listed. */
    public record Summary(
            long id,
            String jurisdiction,
            String jurisdictionName,
            int cycle,
            long reviewed,
            int questions,
            Instant updatedAt) {}
}
