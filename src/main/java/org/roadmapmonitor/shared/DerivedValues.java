package org.roadmapmonitor.shared;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Values of indicators that are computed rather than typed (framework {@code valueSource: DERIVED}): a
 * measure over evidence records ({@code evidence:<measure>}) or a formula over other indicators
 * ({@code [KPI-10] + [KPI-11]}). The evidence module answers; reporting asks, so that neither reaches into the
 * other.
 */
public interface DerivedValues {
    /** One computed cell: {@code disaggregationKey} is "" for the total, else canonical ({@code sex=female}). */
    record Computed(String disaggregationKey, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {}

    /**
     * The computed cells of an indicator with this formula for a jurisdiction (or region) and period; empty when
     * the formula is not one this platform computes.
     *
     * @param operand the value of another indicator of the same framework version, by code (null if none);
     *     used by formulas over indicators
     */
    Optional<List<Computed>> compute(
            String formula, String jurisdiction, PeriodCode period, Function<String, BigDecimal> operand);

    /**
     * The record type whose records a measure counts ({@code destructions} for {@code evidence:weapons_destroyed}),
     * so that a report can link its computed cells to the records behind them; empty for formulas over indicators.
     */
    default Optional<String> recordType(String formula) {
        return Optional.empty();
    }
}
