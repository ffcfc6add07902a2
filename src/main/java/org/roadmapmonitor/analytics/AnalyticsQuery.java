package org.roadmapmonitor.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.PeriodCode;

/**
 * What the analytics API is asked: one framework; indicator, jurisdiction (or region) and period codes, each
 * list empty for "all"; the dimensions to break totals down by (empty for totals).
 */
public record AnalyticsQuery(
        String framework,
        List<String> indicators,
        List<String> jurisdictions,
        List<PeriodCode> periods,
        List<String> disaggregate) {

    public AnalyticsQuery {
        indicators = List.copyOf(indicators);
        jurisdictions = List.copyOf(jurisdictions);
        periods = List.copyOf(periods);
        disaggregate = disaggregate.stream().sorted().distinct().toList();
    }

    public static AnalyticsQuery of(String framework) {
        return new AnalyticsQuery(framework, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Reads the request's parameters: comma-separated lists, a period range {@code 2019S1:2024S2} (both ends of
     * one type). A malformed one is refused naming the parameter.
     */
    public static AnalyticsQuery parse(
            String framework, String indicator, String jurisdiction, String period, String disaggregate) {
        if (framework == null || framework.isBlank()) {
            throw new BadRequestException("framework", "analytics.problem.frameworkRequired");
        }
        return new AnalyticsQuery(
                framework.strip(),
                codes(indicator, false),
                codes(jurisdiction, true),
                periods(period),
                codes(disaggregate, false).stream().map(String::toLowerCase).toList());
    }

    private static List<String> codes(String text, boolean upper) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> upper ? s.toUpperCase() : s)
                .distinct()
                .toList();
    }

    private static List<PeriodCode> periods(String text) {
        var out = new LinkedHashSet<PeriodCode>();
        for (String part : codes(text, true)) {
            try {
                int colon = part.indexOf(':');
                if (colon < 0) {
                    out.add(PeriodCode.parse(part));
                } else {
                    out.addAll(PeriodCode.range(
                            PeriodCode.parse(part.substring(0, colon).strip()),
                            PeriodCode.parse(part.substring(colon + 1).strip())));
                }
            } catch (InvalidException e) {
                throw new BadRequestException("period", "analytics.problem.period", part, e.getMessage());
            }
        }
        if (out.size() > 400) {
            throw new BadRequestException("period", "analytics.problem.tooManyPeriods", 400);
        }
        return new ArrayList<>(out);
    }
}
