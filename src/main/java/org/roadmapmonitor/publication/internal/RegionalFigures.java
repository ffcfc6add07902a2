package org.roadmapmonitor.publication.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.roadmapmonitor.analytics.Analytics;
import org.roadmapmonitor.analytics.AnalyticsQuery;
import org.roadmapmonitor.analytics.AnalyticsRow;
import org.roadmapmonitor.analytics.StatusScale;
import org.roadmapmonitor.analytics.StatusScales;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.Vocabulary.Aggregation;
import org.roadmapmonitor.framework.Vocabulary.IndicatorType;
import org.roadmapmonitor.publication.RenderedDocument.Figure;
import org.roadmapmonitor.shared.Formats;
import org.roadmapmonitor.shared.PeriodCode;
import org.springframework.stereotype.Component;

/**
 * The figures of a framework's documents, all from the analytics API (each indicator's own rule, baseline,
 * target and status): a report never folds values itself, so that it says what the dashboards say.
 */
@Component
class RegionalFigures {
    private final Analytics analytics;
    private final StatusScales scales;
    private final Formats formats;

    RegionalFigures(Analytics analytics, StatusScales scales, Formats formats) {
        this.analytics = analytics;
        this.scales = scales;
        this.formats = formats;
    }

    /** Totals for every member and the region, for one period. */
    List<AnalyticsRow> totals(String framework, PeriodCode period) {
        return analytics.query(new AnalyticsQuery(framework, List.of(), List.of(), List.of(period), List.of()));
    }

    /** Values broken down by sex, for every member and the region, for one period. */
    List<AnalyticsRow> bySex(String framework, PeriodCode period) {
        return analytics
                .query(new AnalyticsQuery(framework, List.of(), List.of(), List.of(period), List.of("sex")))
                .stream()
                .filter(r -> !r.total() && r.value() != null)
                .toList();
    }

    static Figure figure(AnalyticsRow r) {
        String key = ReportParts.figureKey(
                r.indicator(),
                r.jurisdiction(),
                r.period(),
                r.disaggregation().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(";")));
        return new Figure(key, r.value() == null ? null : r.value().toPlainString(), "analytics:" + r.source());
    }

    /** A value as the reader writes it: a ratio as a percentage, yes/no in words, a level with its label. */
    String shown(Indicator indicator, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        IndicatorType type = indicator == null ? IndicatorType.COUNT : indicator.type();
        return switch (type) {
            case RATIO ->
                formats.number(value.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_EVEN)) + " %";
            case ORDINAL ->
                indicator.levels().stream()
                        .filter(l -> BigDecimal.valueOf(l.value()).compareTo(value) == 0)
                        .findFirst()
                        .map(l -> l.value() + " · " + l.label())
                        .orElse(formats.number(value));
            default -> formats.number(value);
        };
    }

    /**
     * The row's value, with "n / d" when it was made from a numerator and denominator; a region's count of
     * jurisdictions meeting a condition as "n / d" alone (its value is a count, not a level or a yes).
     */
    String shown(Indicator indicator, AnalyticsRow r) {
        if (indicator != null
                && indicator.aggregation() == Aggregation.COUNT_MEETING_CONDITION
                && r.numerator() != null
                && r.denominator() != null) {
            return formats.number(r.numerator()) + " / " + formats.number(r.denominator());
        }
        String value = shown(indicator, r.value());
        if (r.value() != null && r.numerator() != null && r.denominator() != null) {
            value += " (" + formats.number(r.numerator()) + " / " + formats.number(r.denominator()) + ")";
        }
        return value;
    }

    /** A status in words: the secretariat's label on its own scale, else the translated default. */
    String status(String framework, String code) {
        if (code == null) {
            return ReportParts.t("analytics.status.none");
        }
        Map<String, String> labels = scales.scale(framework).levels().stream()
                .filter(l -> l.label() != null)
                .collect(Collectors.toMap(StatusScale.Level::code, StatusScale.Level::label));
        return labels.getOrDefault(code, ReportParts.t("analytics.status." + code));
    }

    static boolean good(String status) {
        return "achieved".equals(status) || "on_track".equals(status);
    }
}
