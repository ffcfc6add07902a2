package org.roadmapmonitor.analytics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.roadmapmonitor.analytics.Analytics;
import org.roadmapmonitor.analytics.AnalyticsRow;
import org.roadmapmonitor.analytics.Dashboard;
import org.roadmapmonitor.analytics.StatusScale;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.Vocabulary.IndicatorType;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * What the map of a framework shows for one KPI: each member's latest value and status exactly as the
 * dashboard has them, and the colour of its shape. The map is shaded by status when the KPI has statuses
 * (a target to measure progress against); otherwise by value, in up to five equal steps from the lowest to
 * the highest, so that a KPI without targets still tells its jurisdictions apart. Templates call it as
 * {@code @mapPanels}.
 */
@Component("mapPanels")
public class MapPanels {
    /** Fills strong enough to tell apart on a map; the matrix keeps its lighter tints for text. */
    private static final Map<StatusScale.Colour, String> STATUS_FILLS = new EnumMap<>(Map.of(
            StatusScale.Colour.GREEN, "#3f8f5a",
            StatusScale.Colour.TEAL, "#3c9a9a",
            StatusScale.Colour.AMBER, "#e3a72f",
            StatusScale.Colour.RED, "#c8474e",
            StatusScale.Colour.GREY, "#9aa4b1"));
    /** A jurisdiction without a value: white, with the dark outline every shaded jurisdiction has. */
    static final String NO_VALUE = "#ffffff";
    /**
     * Five purples from light to dark (ColorBrewer "Purples"), for shading by value: apart from the blue sea, the
     * grey land around and the status colours.
     */
    private static final List<String> STEPS = List.of("#dadaeb", "#bcbddc", "#9e9ac8", "#756bb1", "#54278f");

    public record MapPanel(
            String framework,
            List<Option> kpis,
            Option kpi,
            String shading,
            List<LegendEntry> legend,
            List<Cell> cells) {}

    public record Option(String code, String title) {}

    public record LegendEntry(String label, String colour, long count) {}

    public record Cell(
            Jurisdiction jurisdiction, String value, String status, String period, String colour, boolean working) {}

    private final Analytics analytics;
    private final Figures figures;

    MapPanels(Analytics analytics, Figures figures) {
        this.analytics = analytics;
        this.figures = figures;
    }

    /** The map of a framework for one KPI (the first when none is named); an unknown KPI is not found. */
    public MapPanel of(String framework, String kpi) {
        return panel(analytics.dashboard(framework, 0), kpi, true); // latest values only
    }

    /** The map of a dashboard already read, for one KPI; an unknown KPI is not found. */
    public MapPanel checked(Dashboard dashboard, String kpi) {
        return panel(dashboard, kpi, true);
    }

    /**
     * The map of a dashboard already read (the dashboard page includes the map without reading it twice); a KPI
     * the framework does not have shows the first one, as the page is already being written.
     */
    public MapPanel ofDashboard(Dashboard dashboard, String kpi) {
        return panel(dashboard, kpi, false);
    }

    /**
     * The map for the KPI a reader switched to, from that KPI's latest values alone ({@code Analytics.latest}): the
     * same panel {@link #checked} makes from the whole dashboard, without computing every other KPI.
     */
    public MapPanel chosen(Dashboard.Choices choices, Dashboard.Trend latest) {
        return panel(choices.framework(), options(choices.kpis()), latest.kpi(), latest.scale(), latest.members());
    }

    /** Refuses, as not found, a KPI the framework's map cannot show (as {@link #checked} does). */
    public void check(Dashboard.Choices choices, String kpi) {
        List<Indicator> mappable =
                choices.kpis().stream().filter(MapPanels::mappable).toList();
        if (mappable.isEmpty()) {
            throw new NotFoundException("map.noKpi", choices.framework());
        }
        if (mappable.stream().noneMatch(i -> kpi != null && i.code().equals(kpi.strip()))) {
            throw new NotFoundException("map.unknownKpi", kpi, choices.framework());
        }
    }

    private static boolean mappable(Indicator indicator) {
        return indicator.type() != IndicatorType.NARRATIVE;
    }

    private static List<Option> options(List<Indicator> kpis) {
        return kpis.stream()
                .filter(MapPanels::mappable)
                .map(i -> new Option(i.code(), i.title()))
                .toList();
    }

    private MapPanel panel(Dashboard dashboard, String kpi, boolean strict) {
        List<Dashboard.Kpi> mappable =
                dashboard.kpis().stream().filter(k -> mappable(k.indicator())).toList();
        if (mappable.isEmpty()) {
            throw new NotFoundException("map.noKpi", dashboard.framework());
        }
        Dashboard.Kpi asked = mappable.stream()
                .filter(k -> kpi != null && k.indicator().code().equals(kpi.strip()))
                .findFirst()
                .orElse(null);
        if (asked == null && strict && kpi != null && !kpi.isBlank()) {
            throw new NotFoundException("map.unknownKpi", kpi, dashboard.framework());
        }
        Dashboard.Kpi chosen = asked == null ? telling(mappable) : asked;
        return panel(
                dashboard.framework(),
                options(dashboard.kpis().stream().map(Dashboard.Kpi::indicator).toList()),
                chosen,
                dashboard.scale(),
                dashboard.members());
    }

    private MapPanel panel(
            String framework,
            List<Option> options,
            Dashboard.Kpi chosen,
            StatusScale scale,
            List<Jurisdiction> members) {
        List<AnalyticsRow> lines =
                members.stream().map(j -> chosen.line(j.code()).orElse(null)).toList();
        boolean byStatus = lines.stream()
                .anyMatch(r -> r != null && r.status() != null && !StatusScale.NO_DATA.equals(r.status()));
        List<String> colours = byStatus ? statusColours(scale, lines) : valueColours(lines);
        var cells = new ArrayList<Cell>();
        for (int i = 0; i < lines.size(); i++) {
            AnalyticsRow r = lines.get(i);
            boolean has = r != null && r.value() != null;
            cells.add(new Cell(
                    members.get(i),
                    has ? figures.value(chosen.indicator(), r.value()) : null,
                    figures.status(scale, r == null ? StatusScale.NO_DATA : r.status()),
                    r == null ? chosen.latest() : r.period(),
                    colours.get(i),
                    r != null && r.working()));
        }
        List<LegendEntry> legend = byStatus ? statusLegend(scale, lines, colours) : valueLegend(chosen, lines, colours);
        return new MapPanel(
                framework,
                options,
                new Option(chosen.indicator().code(), chosen.indicator().title()),
                byStatus
                        ? "map.shading.status"
                        : lines.stream().anyMatch(r -> r != null && r.value() != null)
                                ? "map.shading.value"
                                : "map.shading.none",
                legend,
                cells);
    }

    /**
     * The KPI shown when none is asked for: the first that tells the members apart, by status or else by value
     * (a map in one colour says little); the first KPI when none does.
     */
    static Dashboard.Kpi telling(List<Dashboard.Kpi> kpis) {
        return kpis.stream()
                .filter(k -> k.lines().stream()
                                .map(AnalyticsRow::status)
                                .filter(s -> s != null && !StatusScale.NO_DATA.equals(s))
                                .distinct()
                                .count()
                        > 1)
                .findFirst()
                .or(() -> kpis.stream()
                        .filter(k -> k.lines().stream()
                                        .map(AnalyticsRow::value)
                                        .filter(Objects::nonNull)
                                        .map(BigDecimal::stripTrailingZeros)
                                        .distinct()
                                        .count()
                                > 1)
                        .findFirst())
                .orElse(kpis.get(0));
    }

    private static List<String> statusColours(StatusScale scale, List<AnalyticsRow> lines) {
        return lines.stream()
                .map(r -> r == null || r.value() == null
                        ? NO_VALUE
                        : scale.level(r.status())
                                .map(l -> STATUS_FILLS.get(l.colour()))
                                .orElse(STATUS_FILLS.get(StatusScale.Colour.GREY)))
                .toList();
    }

    private List<LegendEntry> statusLegend(StatusScale scale, List<AnalyticsRow> lines, List<String> colours) {
        var legend = new ArrayList<LegendEntry>();
        for (StatusScale.Level level : scale.levels()) {
            long n = lines.stream()
                    .filter(r -> r != null && r.value() != null && level.code().equals(r.status()))
                    .count();
            legend.add(new LegendEntry(figures.status(scale, level.code()), STATUS_FILLS.get(level.colour()), n));
        }
        long unscored = lines.stream()
                .filter(r -> r != null
                        && r.value() != null
                        && scale.level(r.status()).isEmpty())
                .count();
        if (unscored > 0) {
            legend.add(
                    new LegendEntry(figures.status(scale, null), STATUS_FILLS.get(StatusScale.Colour.GREY), unscored));
        }
        legend.add(noValue(scale, colours));
        return legend;
    }

    private LegendEntry noValue(StatusScale scale, List<String> colours) {
        return new LegendEntry(
                figures.status(scale, StatusScale.NO_DATA),
                NO_VALUE,
                colours.stream().filter(NO_VALUE::equals).count());
    }

    /** Equal steps between the lowest and the highest value; one step when they are all the same. */
    static List<String> valueColours(List<AnalyticsRow> lines) {
        List<BigDecimal> values = lines.stream()
                .map(r -> r == null ? null : r.value())
                .filter(Objects::nonNull)
                .toList();
        if (values.isEmpty()) {
            return lines.stream().map(r -> NO_VALUE).toList();
        }
        BigDecimal min = values.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElseThrow();
        int steps = (int) Math.min(STEPS.size(), values.stream().distinct().count());
        return lines.stream()
                .map(r -> r == null || r.value() == null ? NO_VALUE : STEPS.get(step(r.value(), min, max, steps)))
                .toList();
    }

    /** The step of a value, 0 to steps − 1, spread over the palette so that the top step is the darkest. */
    static int step(BigDecimal value, BigDecimal min, BigDecimal max, int steps) {
        if (steps <= 1 || max.compareTo(min) == 0) {
            return STEPS.size() - 1;
        }
        int i = value.subtract(min)
                .multiply(BigDecimal.valueOf(steps))
                .divide(max.subtract(min), 0, RoundingMode.FLOOR)
                .intValue();
        int within = Math.min(i, steps - 1);
        return STEPS.size() - steps + within;
    }

    private List<LegendEntry> valueLegend(Dashboard.Kpi kpi, List<AnalyticsRow> lines, List<String> colours) {
        Map<String, BigDecimal[]> ranges = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            AnalyticsRow r = lines.get(i);
            if (r == null || r.value() == null) {
                continue;
            }
            BigDecimal[] range = ranges.computeIfAbsent(colours.get(i), c -> new BigDecimal[] {r.value(), r.value()});
            range[0] = range[0].min(r.value());
            range[1] = range[1].max(r.value());
        }
        var legend = new ArrayList<LegendEntry>();
        STEPS.stream().filter(ranges::containsKey).forEach(colour -> {
            BigDecimal[] range = ranges.get(colour);
            String from = figures.value(kpi.indicator(), range[0]);
            String to = figures.value(kpi.indicator(), range[1]);
            legend.add(new LegendEntry(
                    from.equals(to) ? from : Texts.of("map.range", from, to),
                    colour,
                    colours.stream().filter(colour::equals).count()));
        });
        legend.add(new LegendEntry(
                Texts.of("map.noValue"),
                NO_VALUE,
                colours.stream().filter(NO_VALUE::equals).count()));
        return legend;
    }
}
