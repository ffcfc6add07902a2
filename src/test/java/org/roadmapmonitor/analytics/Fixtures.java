package org.roadmapmonitor.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Baseline;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.FrameworkDocument.Target;
import org.roadmapmonitor.framework.Vocabulary;
import org.roadmapmonitor.framework.Vocabulary.IndicatorType;
import org.roadmapmonitor.reporting.VisibleValues.Cell;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.PeriodType;

/** Small indicators and cells for the rule tests. */
final class Fixtures {
    private Fixtures() {}

    static Scope.Definition indicator(
            IndicatorType type,
            Vocabulary.Aggregation rule,
            String condition,
            List<Baseline> baselines,
            List<Target> targets) {
        var i = new Indicator(
                "KPI-T",
                "Test indicator",
                null,
                type,
                null,
                rule,
                condition,
                List.of(),
                List.of("sex"),
                Vocabulary.ValueSource.REPORTED,
                null,
                null,
                PeriodType.YEARLY,
                false,
                FrameworkDocument.Validation.NONE,
                baselines,
                targets,
                List.of());
        var objective = new FrameworkDocument.Objective("G1", 1, "Goal", null, null, false, List.of(i));
        return new Scope.Definition(i, objective, "1");
    }

    static Scope.Definition count(Vocabulary.Aggregation rule) {
        return indicator(IndicatorType.COUNT, rule, null, List.of(), List.of());
    }

    static Cell cell(String jurisdiction, String period, String key, String value) {
        return new Cell("KPI-T", jurisdiction, PeriodCode.parse(period), key, new BigDecimal(value), null, null, false);
    }

    static Cell ratio(String jurisdiction, String period, long numerator, long denominator, boolean working) {
        return new Cell(
                "KPI-T",
                jurisdiction,
                PeriodCode.parse(period),
                "",
                Aggregation.ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator)),
                BigDecimal.valueOf(numerator),
                BigDecimal.valueOf(denominator),
                working);
    }

    /** A cell as text in which every decimal keeps its scale ({@code 1.0} is not {@code 1}). */
    static String exactly(Cell c) {
        return String.join(
                "|",
                c.indicator(),
                c.jurisdiction(),
                c.period().code(),
                c.disaggregationKey(),
                Objects.toString(c.value()),
                Objects.toString(c.numerator()),
                Objects.toString(c.denominator()),
                String.valueOf(c.working()));
    }
}
