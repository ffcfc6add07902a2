package org.roadmapmonitor.analytics.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.analytics.AnalyticsRow;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Dimension;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.jurisdiction.Jurisdiction;

/**
 * A KPI page's content: every jurisdiction (and the region) over time, each value with its source, and each
 * disaggregation with the cells that were not reported. Built from analytics rows; nothing is folded here.
 */
public record KpiView(
        FrameworkDocument doc,
        Indicator indicator,
        FrameworkDocument.Objective objective,
        Optional<Jurisdiction> region,
        List<Jurisdiction> members,
        List<String> periods,
        List<AnalyticsRow> values,
        List<Breakdown> breakdowns) {

    /** One disaggregation: the cells reported per jurisdiction and period, and the ones that were not. */
    public record Breakdown(Dimension dimension, List<Line> lines, List<Gap> gaps) {}

    /** The cells of one jurisdiction (or the region) and period, in the dimension's category order. */
    public record Line(String jurisdiction, String period, List<AnalyticsRow> cells, boolean regional) {}

    /** A member's total that was reported without these categories. */
    public record Gap(String jurisdiction, String period, List<String> categories) {}

    /** Everyone shown, the region first. */
    public List<Jurisdiction> places() {
        var all = new ArrayList<Jurisdiction>();
        region.ifPresent(all::add);
        all.addAll(members);
        return all;
    }

    public Jurisdiction place(String code) {
        return places().stream().filter(j -> j.code().equals(code)).findFirst().orElse(null);
    }

    /** The total row of one jurisdiction (or the region) in one period, if any. */
    public AnalyticsRow at(String jurisdiction, String period) {
        return values.stream()
                .filter(r -> r.jurisdiction().equals(jurisdiction) && r.period().equals(period))
                .findFirst()
                .orElse(null);
    }

    /** The rows that hold a value, latest period first, the region before the members. */
    public List<AnalyticsRow> withValues() {
        var order = new LinkedHashMap<String, Integer>();
        places().forEach(j -> order.put(j.code(), order.size()));
        return values.stream()
                .filter(r -> r.value() != null)
                .sorted((a, b) -> {
                    int byPeriod = periods.indexOf(b.period()) - periods.indexOf(a.period());
                    return byPeriod != 0
                            ? byPeriod
                            : order.getOrDefault(a.jurisdiction(), 0) - order.getOrDefault(b.jurisdiction(), 0);
                })
                .toList();
    }

    /** Lays out one dimension's rows against the totals: what each jurisdiction reported, and what it left out. */
    static Breakdown breakdown(
            Dimension dimension, List<AnalyticsRow> cells, List<AnalyticsRow> totals, List<Jurisdiction> places) {
        Map<String, AnalyticsRow> byCell = new LinkedHashMap<>();
        for (AnalyticsRow r : cells) {
            byCell.put(key(r.jurisdiction(), r.period(), r.disaggregation().get(dimension.code())), r);
        }
        List<String> periods =
                totals.stream().map(AnalyticsRow::period).distinct().toList();
        var lines = new ArrayList<Line>();
        var gaps = new ArrayList<Gap>();
        for (int p = periods.size() - 1; p >= 0; p--) {
            String period = periods.get(p);
            for (Jurisdiction j : places) {
                List<AnalyticsRow> row = dimension.categories().stream()
                        .map(c -> byCell.get(key(j.code(), period, c.code())))
                        .toList();
                boolean any = row.stream().anyMatch(r -> r != null && r.value() != null);
                if (any) {
                    lines.add(new Line(j.code(), period, row, j.kind() == Jurisdiction.Kind.REGION));
                }
                boolean reported = totals.stream()
                        .anyMatch(t ->
                                t.jurisdiction().equals(j.code()) && t.period().equals(period) && t.value() != null);
                if (reported && j.kind() != Jurisdiction.Kind.REGION) {
                    List<String> missing = new ArrayList<>();
                    for (int i = 0; i < row.size(); i++) {
                        if (row.get(i) == null || row.get(i).value() == null) {
                            missing.add(dimension.categories().get(i).name());
                        }
                    }
                    if (!missing.isEmpty()) {
                        gaps.add(new Gap(j.code(), period, missing));
                    }
                }
            }
        }
        return new Breakdown(dimension, lines, gaps);
    }

    private static String key(String jurisdiction, String period, String category) {
        return jurisdiction + "|" + period + "|" + category;
    }
}
