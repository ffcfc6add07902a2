package org.roadmapmonitor.analytics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.roadmapmonitor.analytics.AnalyticsRow;
import org.roadmapmonitor.analytics.StatusScale;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.Vocabulary.IndicatorType;
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
        if (value == null) {
            return "—";
        }
        if (indicator.type() == IndicatorType.RATIO) {
            return formats.number(value.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN)) + " %";
        }
        if (indicator.type() == IndicatorType.PERCENTAGE) {
            return formats.number(value) + " %";
        }
        return formats.number(value);
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
