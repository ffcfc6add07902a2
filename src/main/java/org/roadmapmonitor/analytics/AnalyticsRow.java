package org.roadmapmonitor.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One answer of the analytics API: an indicator's value for a jurisdiction or a region, a period and a
 * disaggregation cell ({@code {}} for the total), with its numerator and denominator (ratios, and "4 of 6" for a
 * count of jurisdictions meeting a condition), baseline, target and status. Ratios are proportions (0–1).
 *
 * @param source {@code reported}, {@code evidence} (derived from records), {@code formula}, or {@code aggregate}
 *     (a region's value folded from its members' by the indicator's rule)
 * @param missing for a region, the member jurisdictions without a value; for a period made from its
 *     sub-periods, the sub-periods without one
 * @param working whether a working copy (not yet published) went into the value; only those who may read it see it
 */
public record AnalyticsRow(
        String indicator,
        String jurisdiction,
        String period,
        Map<String, String> disaggregation,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        BigDecimal baseline,
        BigDecimal target,
        String status,
        String source,
        List<String> missing,
        boolean working) {

    /** Progress from baseline toward target (1 = the target reached), when both are known. */
    public BigDecimal progress() {
        return StatusScale.progress(value, baseline, target);
    }

    public boolean total() {
        return disaggregation.isEmpty();
    }
}
