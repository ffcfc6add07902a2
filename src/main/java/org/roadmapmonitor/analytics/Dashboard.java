package org.roadmapmonitor.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.ReportingPeriod;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.reporting.PeriodCompliance.Standing;

/**
 * A framework's dashboard as this caller may see it: per objective its KPIs, each with the regional value and
 * every member's latest value, baseline, target, progress and status, and its trend; the reporting compliance
 * of the current periods (and the calendar's periods, to choose another). Read afresh on every request. Without
 * {@code trends} (a large framework's first paint) each KPI has its latest values only, its trend empty: the
 * page loads the trends and member tables one KPI at a time.
 */
public record Dashboard(
        String framework,
        String name,
        String version,
        Optional<Jurisdiction> region,
        List<Jurisdiction> members,
        StatusScale scale,
        List<ObjectiveBlock> objectives,
        boolean trends,
        List<Compliance> compliance,
        List<String> calendarPeriods) {

    /**
     * What a dashboard page shows around its KPIs, read on every request: the framework, its members and status
     * scale, the compliance of the period shown (as this caller may know it) and the calendar's periods.
     */
    public record Outline(
            String framework,
            String name,
            String version,
            Optional<Jurisdiction> region,
            List<Jurisdiction> members,
            StatusScale scale,
            List<String> kpis,
            List<Compliance> compliance,
            List<String> calendarPeriods) {}

    public record ObjectiveBlock(String code, String title, List<Kpi> kpis) {}

    /**
     * One KPI: {@code regional} is the region's row for {@code latest} (the last period anyone has a value for);
     * {@code lines} each member's row for its own latest period (or {@code latest}, with no value); {@code trend}
     * every row over {@code periods}, region first; {@code lineOf} and {@code trendAt} index them (jurisdiction;
     * jurisdiction and period), so that a page of 193 members × 40 periods looks each cell up once.
     */
    public record Kpi(
            Indicator indicator,
            String latest,
            AnalyticsRow regional,
            List<AnalyticsRow> lines,
            List<String> periods,
            List<AnalyticsRow> trend,
            Map<String, AnalyticsRow> lineOf,
            Map<String, AnalyticsRow> trendAt) {

        public Kpi(
                Indicator indicator,
                String latest,
                AnalyticsRow regional,
                List<AnalyticsRow> lines,
                List<String> periods,
                List<AnalyticsRow> trend) {
            this(indicator, latest, regional, lines, periods, trend, index(lines, false), index(trend, true));
        }

        private static Map<String, AnalyticsRow> index(List<AnalyticsRow> rows, boolean byPeriod) {
            var out = new HashMap<String, AnalyticsRow>();
            for (AnalyticsRow r : rows) {
                out.putIfAbsent(byPeriod ? r.jurisdiction() + '|' + r.period() : r.jurisdiction(), r);
            }
            return Map.copyOf(out);
        }

        public boolean ratio() {
            return indicator.type() == org.roadmapmonitor.framework.Vocabulary.IndicatorType.RATIO;
        }

        /** The member's line, for the matrix. */
        public Optional<AnalyticsRow> line(String jurisdiction) {
            return Optional.ofNullable(lineOf.get(jurisdiction));
        }

        /** The value of one jurisdiction (or the region) in one period of the trend. */
        public BigDecimal valueAt(String jurisdiction, String period) {
            AnalyticsRow r = trendAt.get(jurisdiction + '|' + period);
            return r == null ? null : r.value();
        }
    }

    /**
     * One KPI with the places its trend is drawn for: the region (if any) and the members, in tree order; and the
     * status scale its statuses are on.
     */
    public record Trend(Kpi kpi, Optional<Jurisdiction> region, List<Jurisdiction> members, StatusScale scale) {}

    /** The KPIs of a framework's dashboard, in its order: what a reader chooses one of (the map's KPI). */
    public record Choices(String framework, List<Indicator> kpis) {}

    /** One current period of the reporting calendar and where each member's report stands. */
    public record Compliance(ReportingPeriod period, List<Line> lines) {
        public long in() {
            return lines.stream().filter(l -> l.standing().in()).count();
        }

        /** The reports not in, the overdue first (each group in the members' order): what a reader looks for. */
        public List<Line> waiting() {
            return lines.stream()
                    .filter(l -> !l.standing().in())
                    .sorted(java.util.Comparator.comparing(l -> !l.overdue()))
                    .toList();
        }

        /** The reports in, in the members' order. */
        public List<Line> received() {
            return lines.stream().filter(l -> l.standing().in()).toList();
        }
    }

    /** Overdue only where the caller may know the report's state (its own people, the secretariat). */
    public record Line(Jurisdiction jurisdiction, Standing standing, LocalDate due, boolean overdue) {}

    public List<Kpi> kpis() {
        return objectives.stream().flatMap(o -> o.kpis().stream()).toList();
    }
}
