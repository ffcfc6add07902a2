package org.roadmapmonitor.analytics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.roadmapmonitor.analytics.AnalyticsRow;
import org.roadmapmonitor.analytics.Dashboard;
import org.roadmapmonitor.analytics.StatusScale;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.Vocabulary.IndicatorType;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.shared.Formats;
import org.roadmapmonitor.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * How the dashboard writes figures: ratios (kept as proportions) as percentages, counts and levels as the
 * reader's language writes numbers, "4 of 6" for a count of jurisdictions meeting a condition, statuses by
 * their scale's words. Templates call it as {@code @figures}.
 */
@Component("figures")
public class Figures {
    private final Formats formats;

    Figures(Formats formats) {
        this.formats = formats;
    }

    public String value(Indicator indicator, BigDecimal value) {
        return value(indicator, value, formats::number);
    }

    private static String value(Indicator indicator, BigDecimal value, Function<BigDecimal, String> number) {
        if (value == null) {
            return "—";
        }
        if (indicator.type() == IndicatorType.RATIO) {
            return number.apply(value.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN)) + " %";
        }
        if (indicator.type() == IndicatorType.PERCENTAGE) {
            return number.apply(value) + " %";
        }
        return number.apply(value);
    }

    /** A row's value; a region's count of jurisdictions meeting a condition as "4 of 6". */
    public String row(Indicator indicator, AnalyticsRow row) {
        if (row == null) {
            return "—";
        }
        if (row.value() != null
                && row.source().equals("aggregate")
                && indicator.aggregation() != null
                && indicator.aggregation().name().equals("COUNT_MEETING_CONDITION")
                && row.denominator() != null) {
            return Texts.of("analytics.countOf", formats.number(row.value()), formats.number(row.denominator()));
        }
        return value(indicator, row.value());
    }

    /** The value to draw in a chart: ratios in per cent, like the table beside it (empty when there is none). */
    public String chartValue(Indicator indicator, BigDecimal value) {
        if (value == null) {
            return "";
        }
        return (indicator.type() == IndicatorType.RATIO ? value.movePointRight(2) : value).toPlainString();
    }

    /** One period of a trend's table: its cells, the region's first, then each member's. */
    public record TrendRow(String period, List<TrendCell> cells) {}

    /** A cell of a trend's table: the value as the table writes it, and as the chart draws it. */
    public record TrendCell(String text, String chart) {}

    /**
     * A trend's table, every cell written here once: 194 places × 40 periods at the global tier, where asking a
     * template to look up and write each cell (three expressions a cell) was three quarters of the fragment's time.
     */
    public List<TrendRow> trendRows(Dashboard.Kpi kpi, Optional<Jurisdiction> region, List<Jurisdiction> members) {
        var codes = new ArrayList<String>(members.size() + 1);
        region.ifPresent(r -> codes.add(r.code()));
        members.forEach(j -> codes.add(j.code()));
        Function<BigDecimal, String> number = formats.numbers();
        var rows = new ArrayList<TrendRow>(kpi.periods().size());
        for (String period : kpi.periods()) {
            var cells = new ArrayList<TrendCell>(codes.size());
            for (String code : codes) {
                BigDecimal v = kpi.valueAt(code, period);
                cells.add(new TrendCell(value(kpi.indicator(), v, number), chartValue(kpi.indicator(), v)));
            }
            rows.add(new TrendRow(period, cells));
        }
        return rows;
    }

    public String progress(AnalyticsRow row) {
        BigDecimal p = row == null ? null : row.progress();
        return p == null ? "—" : formats.number(p.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN)) + " %";
    }

    /** A level's least progress, as a percentage. */
    public String progressOf(BigDecimal minimum) {
        return minimum == null ? "" : formats.number(minimum.movePointRight(2).stripTrailingZeros()) + " %";
    }

    /** A status in words: the secretariat's label, else the translated name of a default code. */
    public String status(StatusScale scale, String code) {
        if (code == null) {
            return Texts.of("analytics.status.none");
        }
        var level = scale.level(code);
        if (level.isPresent() && level.get().label() != null) {
            return level.get().label();
        }
        return StatusScale.isDefaultCode(code) ? Texts.of("analytics.status." + code) : code;
    }

    /** The CSS class that tints a status (never the only sign of it: the words are always printed too). */
    public String tone(StatusScale scale, String code) {
        if (code == null || StatusScale.NO_DATA.equals(code)) {
            return "status-GREY";
        }
        return "status-" + scale.level(code).map(l -> l.colour().name()).orElse("GREY");
    }
}
