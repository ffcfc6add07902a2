package org.roadmapmonitor.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.roadmapmonitor.analytics.AnalyticsRow;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.FrameworkDocument.Objective;

/** A jurisdiction's KPIs in a framework, objective by objective: each KPI's rows over time and its latest value. */
public record ProfileView(List<Block> objectives) {

    public record Block(Objective objective, List<Trend> kpis) {}

    /**
     * One KPI of the jurisdiction: its rows from the first period with a value on (oldest first), and the latest
     * row with a value (null when it has none).
     */
    public record Trend(Indicator indicator, List<AnalyticsRow> rows, AnalyticsRow latest) {
        public boolean ratio() {
            return indicator.type().name().equals("RATIO");
        }

        /** Whether any period has a target (else the chart and its table leave the column out). */
        public boolean hasTarget() {
            return rows.stream().anyMatch(r -> r.target() != null);
        }
    }

    /** Lays the rows (one jurisdiction, totals) out along the framework's objectives. */
    static ProfileView of(FrameworkDocument doc, List<AnalyticsRow> rows) {
        Map<String, List<AnalyticsRow>> byIndicator =
                rows.stream().collect(Collectors.groupingBy(AnalyticsRow::indicator));
        var blocks = new ArrayList<Block>();
        for (Objective o : doc.objectives()) {
            var trends = new ArrayList<Trend>();
            for (Indicator i : o.indicators()) {
                if (i.type() == org.roadmapmonitor.framework.Vocabulary.IndicatorType.NARRATIVE) {
                    continue;
                }
                List<AnalyticsRow> mine = byIndicator.getOrDefault(i.code(), List.of());
                int first = 0;
                while (first < mine.size() && mine.get(first).value() == null) {
                    first++;
                }
                List<AnalyticsRow> shown = mine.subList(first, mine.size());
                AnalyticsRow latest = null;
                for (AnalyticsRow r : shown) {
                    if (r.value() != null) {
                        latest = r;
                    }
                }
                trends.add(new Trend(i, shown, latest));
            }
            if (!trends.isEmpty()) {
                blocks.add(new Block(o, trends));
            }
        }
        return new ProfileView(blocks);
    }
}
